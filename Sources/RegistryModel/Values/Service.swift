import SemVer

/// A registered service: what it is, who owns it, its versions and what it depends on.
///
/// A value like any other, but its fields live in one shared box that is copied only when a
/// shared service is changed: a copy then costs one reference count instead of one per field,
/// and a registry's dictionary of services holds eight bytes per service instead of about 150,
/// which at a million services is the difference between fitting in a gigabyte or not.
public struct Service: Sendable, Hashable, Identifiable {
  private final class Storage: @unchecked Sendable {
    // Mutated only through `Service`, and only when uniquely referenced (copy on write), so
    // no two threads can see a change to the same box.
    var id: ServiceID
    var unit: UnitPath
    var name: String
    var kind: Kind
    var lifecycle: Lifecycle
    var owner: String?
    var contacts: [Contact]
    var tags: [String]
    var url: String?
    var description: String?
    var versions: [ServiceVersion]
    var links: [Link]
    @Indirect var deprecation: Deprecation?

    init(
      id: ServiceID, unit: UnitPath, name: String, kind: Kind, lifecycle: Lifecycle,
      owner: String?, contacts: [Contact], tags: [String], url: String?, description: String?,
      versions: [ServiceVersion], links: [Link], deprecation: Deprecation?
    ) {
      self.id = id
      self.unit = unit
      self.name = name
      self.kind = kind
      self.lifecycle = lifecycle
      self.owner = owner
      self.contacts = contacts
      self.tags = tags
      self.url = url
      self.description = description
      self.versions = versions
      self.links = links
      self.deprecation = deprecation
    }

    func copy() -> Storage {
      Storage(
        id: id, unit: unit, name: name, kind: kind, lifecycle: lifecycle, owner: owner,
        contacts: contacts, tags: tags, url: url, description: description, versions: versions,
        links: links, deprecation: deprecation)
    }
  }

  private var storage: Storage

  /// The box, copied first if another service shares it; O(1) unless shared.
  private var uniqueStorage: Storage {
    mutating get {
      if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
      return storage
    }
  }

  /// Creates a service; tags, versions and links are put in canonical order.
  public init(
    id: ServiceID, unit: UnitPath, name: String, kind: Kind = .application,
    lifecycle: Lifecycle = .active, owner: String? = nil, contacts: [Contact] = [],
    tags: [String] = [], url: String? = nil, description: String? = nil,
    versions: [ServiceVersion] = [], links: [Link] = [], deprecation: Deprecation? = nil
  ) {
    self.init(
      canonicalID: id, unit: unit, name: name, kind: kind, lifecycle: lifecycle, owner: owner,
      contacts: Service.normalised(contacts: contacts), tags: Service.normalised(tags: tags),
      url: url, description: description,
      versions: Service.ordered(versions: versions), links: Service.ordered(links: links),
      deprecation: deprecation)
  }

  /// Creates a service from parts already in canonical order (contacts unique, tags sorted and
  /// unique, versions newest first, links by target), such as those read back from the parse
  /// cache; O(1).
  package init(
    canonicalID id: ServiceID, unit: UnitPath, name: String, kind: Kind, lifecycle: Lifecycle,
    owner: String? = nil, contacts: [Contact] = [], tags: [String], url: String?,
    description: String?, versions: [ServiceVersion], links: [Link], deprecation: Deprecation?
  ) {
    storage = Storage(
      id: id, unit: unit, name: name, kind: kind, lifecycle: lifecycle, owner: owner,
      contacts: contacts, tags: tags, url: url, description: description, versions: versions,
      links: links, deprecation: deprecation)
  }

  /// Its id, which is also its file name.
  public var id: ServiceID {
    get { storage.id }
    set { uniqueStorage.id = newValue }
  }

  /// The owning unit, which is also its folder.
  public var unit: UnitPath {
    get { storage.unit }
    set { uniqueStorage.unit = newValue }
  }

  /// Its display name, in any language and script.
  public var name: String {
    get { storage.name }
    set { uniqueStorage.name = newValue }
  }

  /// What sort of thing it is.
  public var kind: Kind {
    get { storage.kind }
    set { uniqueStorage.kind = newValue }
  }

  /// Where it stands.
  public var lifecycle: Lifecycle {
    get { storage.lifecycle }
    set { uniqueStorage.lifecycle = newValue }
  }

  /// Who answers for it: a unit's path, or the name of a team; `nil` when nobody is named.
  public var owner: String? {
    get { storage.owner }
    set { uniqueStorage.owner = newValue }
  }

  /// People or desks to reach about it, the first one first; no two with one `Contact.key`.
  public var contacts: [Contact] {
    get { storage.contacts }
    set { uniqueStorage.contacts = Service.normalised(contacts: newValue) }
  }

  /// Free-form labels, kept sorted and unique.
  public var tags: [String] {
    get { storage.tags }
    set { uniqueStorage.tags = Service.normalised(tags: newValue) }
  }

  /// Where people reach it.
  public var url: String? {
    get { storage.url }
    set { uniqueStorage.url = newValue }
  }

  /// What it does, in a sentence or two.
  public var description: String? {
    get { storage.description }
    set { uniqueStorage.description = newValue }
  }

  /// Its versions, newest first by semantic-version precedence.
  public var versions: [ServiceVersion] {
    get { storage.versions }
    _modify {
      let box = uniqueStorage
      yield &box.versions
      box.versions = Service.ordered(versions: box.versions)
    }
    set { uniqueStorage.versions = Service.ordered(versions: newValue) }
  }

  /// What it depends on, ordered by target id.
  public var links: [Link] {
    get { storage.links }
    _modify {
      let box = uniqueStorage
      yield &box.links
      box.links = Service.ordered(links: box.links)
    }
    set { uniqueStorage.links = Service.ordered(links: newValue) }
  }

  /// Set when the whole service is deprecated.
  public var deprecation: Deprecation? {
    get { storage.deprecation }
    set { uniqueStorage.deprecation = newValue }
  }

  public static func == (lhs: Service, rhs: Service) -> Bool {
    let (left, right) = (lhs.storage, rhs.storage)
    return left === right
      || (left.id == right.id && left.unit == right.unit && left.name == right.name
        && left.kind == right.kind && left.lifecycle == right.lifecycle
        && left.owner == right.owner && left.contacts == right.contacts
        && left.tags == right.tags && left.url == right.url
        && left.description == right.description && left.versions == right.versions
        && left.links == right.links && left.deprecation == right.deprecation)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(unit)
    hasher.combine(name)
    hasher.combine(kind)
    hasher.combine(lifecycle)
    hasher.combine(owner)
    hasher.combine(contacts)
    hasher.combine(tags)
    hasher.combine(url)
    hasher.combine(description)
    hasher.combine(versions)
    hasher.combine(links)
    hasher.combine(deprecation)
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

  /// `contacts` in their order, without a later one whose key an earlier one has.
  static func normalised(contacts: [Contact]) -> [Contact] {
    guard contacts.count > 1 else { return contacts }
    var seen = Set<String>()
    return contacts.filter { seen.insert($0.key).inserted }
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
