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

  /// The services that link to `target`, in id order; O(services × log links).
  public func dependents(of target: ServiceID) -> [Service] {
    services.values.filter { service in
      // Links are kept in target order, so a binary search finds the one to `target`.
      let links = service.links
      var low = 0
      var high = links.count
      while low < high {
        let middle = (low + high) / 2
        if links[middle].target < target { low = middle + 1 } else { high = middle }
      }
      return low < links.count && links[low].target == target
    }.sorted { $0.id < $1.id }
  }
}
