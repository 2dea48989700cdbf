/// How one service differs between two states of the registry.
public struct ServiceChanges: Sendable, Hashable {
  /// The service's id in the newer state.
  public var id: ServiceID
  /// What changed, in the order: unit, fields, lifecycle, deprecation, versions, links.
  public var changes: [ServiceChange]
}
