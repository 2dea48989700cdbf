/// What changed between two states of a registry, in the registry's own terms: services
/// added, removed and given a new id; each kept service's changes field by field; units
/// added, removed and changed.
public struct RegistryDifference: Sendable, Hashable {
  /// Services only the newer state has, in id order.
  public var added: [Service]
  /// Services only the older state has, in id order.
  public var removed: [Service]
  /// Services whose id changed (the same name, kind, versions and description under another
  /// id), in the older id's order.
  public var renamed: [Renaming]
  /// Services both states have that differ, in id order (the newer id for a renamed one).
  public var changed: [ServiceChanges]
  /// Units only the newer state declares, in path order.
  public var unitsAdded: [Unit]
  /// Units only the older state declares, in path order.
  public var unitsRemoved: [Unit]
  /// Units both declare that differ (name, level, aliases): the older and newer.
  public var unitsChanged: [UnitChange]

  /// A service whose id changed.
  public struct Renaming: Sendable, Hashable {
    /// The id in the older state.
    public var from: ServiceID
    /// The id in the newer state.
    public var to: ServiceID

    /// A renaming of `from` to `to`.
    public init(from: ServiceID, to: ServiceID) {
      self.from = from
      self.to = to
    }
  }

  /// Whether nothing changed.
  public var isEmpty: Bool {
    added.isEmpty && removed.isEmpty && renamed.isEmpty && changed.isEmpty && unitsAdded.isEmpty
      && unitsRemoved.isEmpty && unitsChanged.isEmpty
  }

  /// A unit both states declare, as each declares it.
  public struct UnitChange: Sendable, Hashable {
    /// The unit in the older state.
    public var before: Unit
    /// The unit in the newer state.
    public var after: Unit
  }
}

extension Registry {
  /// What changed from `older` to this registry. O((n + m) log) over services, with the
  /// services both hold compared field by field only when they differ.
  public func difference(from older: Registry) -> RegistryDifference {
    var added: [Service] = []
    var removed: [Service] = []
    var changed: [ServiceChanges] = []
    for (id, service) in services {
      guard let before = older.services[id] else {
        added.append(service)
        continue
      }
      if before != service {
        changed.append(ServiceChanges(id: id, changes: service.changes(from: before)))
      }
    }
    for (id, service) in older.services where services[id] == nil { removed.append(service) }
    // A removed and an added service that agree on everything but the id (and maybe the
    // unit, links and tags) are one service renamed, when exactly one pair agrees.
    var renamed: [RegistryDifference.Renaming] = []
    if !added.isEmpty && !removed.isEmpty {
      var addedBySignature: [RenameSignature: [Int]] = [:]
      for (index, service) in added.enumerated() {
        addedBySignature[RenameSignature(service), default: []].append(index)
      }
      var removedBySignature: [RenameSignature: [Int]] = [:]
      for (index, service) in removed.enumerated() {
        removedBySignature[RenameSignature(service), default: []].append(index)
      }
      var takenAdded = Set<Int>()
      var takenRemoved = Set<Int>()
      for (signature, removedIndices) in removedBySignature {
        guard removedIndices.count == 1, let addedIndices = addedBySignature[signature],
          addedIndices.count == 1
        else { continue }
        let (old, new) = (removed[removedIndices[0]], added[addedIndices[0]])
        renamed.append(RegistryDifference.Renaming(from: old.id, to: new.id))
        let rest = new.changes(from: old)
        if !rest.isEmpty { changed.append(ServiceChanges(id: new.id, changes: rest)) }
        takenAdded.insert(addedIndices[0])
        takenRemoved.insert(removedIndices[0])
      }
      added = added.enumerated().filter { !takenAdded.contains($0.offset) }.map(\.element)
      removed = removed.enumerated().filter { !takenRemoved.contains($0.offset) }.map(\.element)
    }
    var unitsChanged: [RegistryDifference.UnitChange] = []
    for (path, unit) in units {
      if let before = older.units[path], before != unit {
        unitsChanged.append(RegistryDifference.UnitChange(before: before, after: unit))
      }
    }
    return RegistryDifference(
      added: added.sorted { $0.id < $1.id }, removed: removed.sorted { $0.id < $1.id },
      renamed: renamed.sorted { $0.from < $1.from }, changed: changed.sorted { $0.id < $1.id },
      unitsAdded: units.values.filter { older.units[$0.path] == nil }.sorted { $0.path < $1.path },
      unitsRemoved: older.units.values.filter { units[$0.path] == nil }.sorted {
        $0.path < $1.path
      },
      unitsChanged: unitsChanged.sorted { $0.before.path < $1.before.path })
  }
}

/// What must agree for a removed and an added service to count as one service renamed.
private struct RenameSignature: Hashable {
  var name: String
  var kind: Kind
  var description: String?
  var url: String?
  var versions: [ServiceVersion]

  init(_ service: Service) {
    name = service.name
    kind = service.kind
    description = service.description
    url = service.url
    versions = service.versions
  }
}

extension Service {
  /// How this service differs from `older`, the same service in an older state. O(versions +
  /// links) with hashing.
  public func changes(from older: Service) -> [ServiceChange] {
    var changes: [ServiceChange] = []
    if unit != older.unit { changes.append(.moved(from: older.unit, to: unit)) }
    let fields: [(String, String?, String?)] = [
      ("name", older.name, name), ("kind", older.kind.description, kind.description),
      ("owner", older.owner, owner), ("url", older.url, url),
      ("description", older.description, description),
      (
        "contacts",
        older.contacts.isEmpty ? nil : older.contacts.map(\.description).joined(separator: ", "),
        contacts.isEmpty ? nil : contacts.map(\.description).joined(separator: ", ")
      ),
      (
        "tags", older.tags.isEmpty ? nil : older.tags.joined(separator: ", "),
        tags.isEmpty ? nil : tags.joined(separator: ", ")
      ),
    ]
    for (field, before, after) in fields where before != after {
      changes.append(.field(field, before: before, after: after))
    }
    if lifecycle != older.lifecycle {
      changes.append(.lifecycle(from: older.lifecycle, to: lifecycle))
    }
    if deprecation != older.deprecation {
      changes.append(.deprecation(before: older.deprecation, after: deprecation))
    }
    let oldVersions = Dictionary(
      older.versions.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
    let newVersions = Dictionary(
      versions.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
    for version in versions {
      if let before = oldVersions[version.version] {
        if before != version { changes.append(.versionChanged(before: before, after: version)) }
      } else {
        changes.append(.versionAdded(version))
      }
    }
    for version in older.versions where newVersions[version.version] == nil {
      changes.append(.versionRemoved(version))
    }
    let oldLinks = Dictionary(
      older.links.map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
    let newLinks = Dictionary(
      links.map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
    for link in links {
      if let before = oldLinks[link.target] {
        if before != link { changes.append(.linkChanged(before: before, after: link)) }
      } else {
        changes.append(.linkAdded(link))
      }
    }
    for link in older.links where newLinks[link.target] == nil {
      changes.append(.linkRemoved(link))
    }
    return changes
  }
}
