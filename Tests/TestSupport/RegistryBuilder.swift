import RegistryModel
import SemVer

/// Builds `Registry` values in code, for tests of every module.
///
/// Services go straight into the registry, so a test can also make states that the model's own
/// checks refuse, such as a link to a missing service or an active service depending on a
/// retired one. Text that does not parse (an id, version, range or date) stops the test with a
/// message naming it.
///
/// ```swift
/// var builder = RegistryBuilder()
/// builder.service("siakad", versions: ["2.4.1", "3.2.0"])
/// builder.service("sso", versions: ["1.0.0", "2.0.0"])
/// builder.link("siakad", "sso", "^1")
/// builder.deprecate("sso@1.0.0", replacedBy: "sso@^2", sunset: "2025-06-30")
/// let registry = builder.registry
/// ```
public struct RegistryBuilder: Sendable {
  /// The registry built so far.
  public private(set) var registry: Registry

  /// Starts a registry named `name` with the given units, each at level `central`.
  public init(name: String = "test", units: [String] = ["pusat"]) {
    registry = Registry(settings: RegistrySettings(name: name))
    for unit in units { addUnit(unit) }
  }

  /// Adds a unit if there is none at `path`.
  public mutating func addUnit(_ path: String, name: String? = nil, level: UnitLevel = .central) {
    let unitPath = Self.unitPath(path)
    guard registry.units[unitPath] == nil else { return }
    registry.units[unitPath] = Unit(path: unitPath, name: name ?? "Unit \(path)", level: level)
  }

  /// Adds a service with active `versions`, replacing any service with the same id; its unit is
  /// added when missing and its name defaults to its id.
  public mutating func service(
    _ id: String, _ lifecycle: Lifecycle = .active, versions: [String] = [],
    unit: String = "pusat", name: String? = nil, kind: String = "application",
    tags: [String] = [], url: String? = nil, description: String? = nil
  ) {
    addUnit(unit)
    let serviceKind: Kind
    do {
      serviceKind = try Kind(validating: kind)
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
    insert(
      Service(
        id: Self.id(id), unit: Self.unitPath(unit), name: name ?? id, kind: serviceKind,
        lifecycle: lifecycle, tags: tags, url: url, description: description,
        versions: versions.map { ServiceVersion(Self.version($0)) }))
  }

  /// Puts `service` in the registry as it is, replacing any with the same id; adds its unit.
  public mutating func insert(_ service: Service) {
    addUnit(service.unit.description)
    registry.services[service.id] = service
  }

  /// Adds a version, with its own lifecycle, to the service `id`.
  public mutating func version(
    _ id: String, _ version: String, _ lifecycle: Lifecycle = .active, released: String? = nil
  ) {
    edit(id) { service in
      service.versions.append(
        ServiceVersion(
          Self.version(version), lifecycle: lifecycle, released: released.map(Self.date)))
    }
  }

  /// Makes `from` depend on `to` in `range`; `to` need not exist.
  public mutating func link(
    _ from: String, _ to: String, _ range: String = "*", kind: String? = nil, note: String? = nil
  ) {
    let linkKind: Kind?
    do {
      linkKind = try kind.map { try Kind(validating: $0, field: "link kind") }
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
    let link = Link(to: Self.id(to), range: Self.range(range), kind: linkKind, note: note)
    edit(from) { service in
      service.links.removeAll { $0.target == link.target }
      service.links.append(link)
    }
  }

  /// Makes each service of `ids` depend on the next, and the last on none.
  public mutating func chain(_ ids: [String], _ range: String = "*") {
    for (from, to) in zip(ids, ids.dropFirst()) { link(from, to, range) }
  }

  /// Deprecates a service (`id`) or versions (`id@VERSION`, `id@RANGE`), as `deprecate` does.
  public mutating func deprecate(
    _ reference: String, reason: String = "Superseded", replacedBy: String? = nil,
    sunset: String? = nil
  ) {
    let deprecation = Deprecation(
      reason: reason, replacedBy: replacedBy.map(Self.reference), sunset: sunset.map(Self.date))
    setLifecycle(.deprecated, of: reference, deprecation: deprecation)
  }

  /// Retires a service (with all its versions, as `retire` does) or versions.
  public mutating func retire(_ reference: String) {
    setLifecycle(.retired, of: reference, deprecation: nil)
  }

  /// Removes the service `id`, if there is one.
  public mutating func remove(_ id: String) {
    registry.services[Self.id(id)] = nil
  }

  /// Changes the service `id` in place.
  public mutating func edit(_ id: String, _ change: (inout Service) -> Void) {
    guard var service = registry.services[Self.id(id)] else {
      preconditionFailure("RegistryBuilder: no service '\(id)'; add it with service(_:) first")
    }
    change(&service)
    registry.services[service.id] = service
  }

  private mutating func setLifecycle(
    _ lifecycle: Lifecycle, of text: String, deprecation: Deprecation?
  ) {
    let reference = Self.reference(text)
    edit(reference.service.rawValue) { service in
      switch reference.selector {
      case .service:
        service.lifecycle = lifecycle
        if let deprecation { service.deprecation = deprecation }
        if lifecycle == .retired {
          for index in service.versions.indices { service.versions[index].lifecycle = .retired }
        }
      case .version(let version):
        guard let index = service.versions.firstIndex(where: { $0.version == version }) else {
          preconditionFailure("RegistryBuilder: '\(service.id)' has no version \(version)")
        }
        service.versions[index].lifecycle = lifecycle
        if let deprecation { service.versions[index].deprecation = deprecation }
      case .range(let range):
        for index in service.versions.indices where range.contains(service.versions[index].version)
        {
          service.versions[index].lifecycle = lifecycle
          if let deprecation { service.versions[index].deprecation = deprecation }
        }
      }
    }
  }

  /// A service id, trusted to be valid.
  public static func id(_ text: String) -> ServiceID {
    guard let id = ServiceID(text) else {
      preconditionFailure("RegistryBuilder: '\(text)' is not a valid service id")
    }
    return id
  }

  /// A version, trusted to parse.
  public static func version(_ text: String) -> Version {
    do {
      return try Version(parsing: text)
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
  }

  /// A range, trusted to parse.
  public static func range(_ text: String) -> VersionRange {
    do {
      return try VersionRange(parsing: text)
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
  }

  /// A `YYYY-MM-DD` date, trusted to be real.
  public static func date(_ text: String) -> CalendarDate {
    do {
      return try CalendarDate(validating: text)
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
  }

  /// A reference (`ID`, `ID@VERSION`, `ID@RANGE`), trusted to parse.
  public static func reference(_ text: String) -> Reference {
    do {
      return try Reference(validating: text)
    } catch {
      preconditionFailure("RegistryBuilder: \(error)")
    }
  }

  /// A unit path, trusted to be valid.
  public static func unitPath(_ text: String) -> UnitPath {
    guard let path = UnitPath(text) else {
      preconditionFailure("RegistryBuilder: '\(text)' is not a valid unit path")
    }
    return path
  }
}
