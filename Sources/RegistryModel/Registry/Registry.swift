/// The whole registry in memory: its settings, its units and its services.
public struct Registry: Sendable, Hashable {
  /// The settings from `registry.toml`.
  public var settings: RegistrySettings
  /// The units from `units.toml`, by path.
  public var units: [UnitPath: Unit]
  /// The services, by id.
  public var services: [ServiceID: Service]

  /// Creates a registry.
  public init(
    settings: RegistrySettings, units: [UnitPath: Unit] = [:], services: [ServiceID: Service] = [:]
  ) {
    self.settings = settings
    self.units = units
    self.services = services
  }

  /// The service with `id`, or an error that names it; O(1).
  public func service(_ id: ServiceID) throws(ModelError) -> Service {
    guard let service = services[id] else { throw .unknownService(id) }
    return service
  }

  /// All service ids in ascending order; O(n log n).
  public var sortedServiceIDs: [ServiceID] { services.keys.sorted() }

  /// All units in path order; O(u log u).
  public var sortedUnits: [Unit] { units.values.sorted { $0.path < $1.path } }

  /// The number of links across all services; O(n).
  public var linkCount: Int { services.values.reduce(0) { $0 + $1.links.count } }
}
