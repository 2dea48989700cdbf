import SemVer

/// A registered service: what it is, who owns it, its versions and what it depends on.
public struct Service: Sendable, Hashable, Identifiable {
  /// Its id, which is also its file name.
  public var id: ServiceID
  /// The owning unit, which is also its folder.
  public var unit: UnitPath
  /// Its display name, in any language and script.
  public var name: String
  /// What sort of thing it is.
  public var kind: Kind
  /// Where it stands.
  public var lifecycle: Lifecycle
  /// Free-form labels, kept sorted and unique.
  public var tags: [String] {
    didSet { tags = Service.normalised(tags: tags) }
  }
  /// Where people reach it.
  public var url: String?
  /// What it does, in a sentence or two.
  public var description: String?
  /// Its versions, newest first by semantic-version precedence.
  public var versions: [ServiceVersion] {
    didSet { versions = Service.ordered(versions: versions) }
  }
  /// What it depends on, ordered by target id.
  public var links: [Link] {
    didSet { links = Service.ordered(links: links) }
  }
  /// Set when the whole service is deprecated.
  @Indirect public var deprecation: Deprecation?

  /// Creates a service; tags, versions and links are put in canonical order.
  public init(
    id: ServiceID, unit: UnitPath, name: String, kind: Kind = .application,
    lifecycle: Lifecycle = .active, tags: [String] = [], url: String? = nil,
    description: String? = nil, versions: [ServiceVersion] = [], links: [Link] = [],
    deprecation: Deprecation? = nil
  ) {
    self.id = id
    self.unit = unit
    self.name = name
    self.kind = kind
    self.lifecycle = lifecycle
    self.tags = Service.normalised(tags: tags)
    self.url = url
    self.description = description
    self.versions = Service.ordered(versions: versions)
    self.links = Service.ordered(links: links)
    self.deprecation = deprecation
  }

  /// Creates a service from parts already in canonical order (tags sorted and unique, versions
  /// newest first, links by target), such as those read back from the parse cache; O(1).
  package init(
    canonicalID id: ServiceID, unit: UnitPath, name: String, kind: Kind, lifecycle: Lifecycle,
    tags: [String], url: String?, description: String?, versions: [ServiceVersion],
    links: [Link], deprecation: Deprecation?
  ) {
    self.id = id
    self.unit = unit
    self.name = name
    self.kind = kind
    self.lifecycle = lifecycle
    self.tags = tags
    self.url = url
    self.description = description
    self.versions = versions
    self.links = links
    self.deprecation = deprecation
  }

  /// The version record for `version`, if the service has it; O(versions).
  public func record(of version: Version) -> ServiceVersion? {
    versions.first { $0.version == version }
  }

  /// The newest version that is `active`, if any; O(versions).
  public var newestActiveVersion: Version? {
    versions.first { $0.lifecycle == .active }?.version
  }

  /// The link to `target`, if any; O(links).
  public func link(to target: ServiceID) -> Link? {
    links.first { $0.target == target }
  }

  static func normalised(tags: [String]) -> [String] {
    Array(Set(tags)).sorted()
  }

  static func ordered(versions: [ServiceVersion]) -> [ServiceVersion] {
    versions.sorted { $0.version.compareByPrecedence($1.version) > 0 }
  }

  static func ordered(links: [Link]) -> [Link] {
    links.sorted { $0.target < $1.target }
  }
}
