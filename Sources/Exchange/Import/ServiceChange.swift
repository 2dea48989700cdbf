import RegistryModel

/// A service an import changes, with the facts that change.
public struct ServiceChange: Sendable, Hashable {
  /// The service.
  public var id: ServiceID
  /// The facts that change, such as `name`, `unit`, `versions`, `links`.
  public var fields: [String]
}
