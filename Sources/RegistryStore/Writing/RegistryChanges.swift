import RegistryModel

/// What a change to the registry touched, so that only those files are written.
public struct RegistryChanges: Sendable, Equatable {
  /// The services written, created, moved or removed.
  public var services: Set<ServiceID>
  /// Whether the units changed (units.toml).
  public var units: Bool
  /// Whether the settings changed (registry.toml).
  public var settings: Bool
  /// Links made inside a transaction whose targets must exist when it commits: within a
  /// batch a link may come before the service it leads to.
  public var linksToCheck: [LinkEnds]

  /// The two ends of a link, by id.
  public struct LinkEnds: Sendable, Equatable {
    /// The service that depends.
    public var from: ServiceID
    /// The service depended on.
    public var to: ServiceID

    /// Creates the ends of a link.
    public init(from: ServiceID, to: ServiceID) {
      self.from = from
      self.to = to
    }
  }

  /// Creates a description of a change.
  public init(
    services: Set<ServiceID> = [], units: Bool = false, settings: Bool = false,
    linksToCheck: [LinkEnds] = []
  ) {
    self.services = services
    self.units = units
    self.settings = settings
    self.linksToCheck = linksToCheck
  }

  /// Adds what `other` touched. O(other's size).
  public mutating func formUnion(_ other: RegistryChanges) {
    services.formUnion(other.services)
    units = units || other.units
    settings = settings || other.settings
    linksToCheck += other.linksToCheck
  }
}
