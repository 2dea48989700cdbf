import RegistryModel

/// The services whose links move together: each depends on nothing that moves in this wave or
/// a later one (but through the links cut to break loops).
public struct Wave: Sendable, Hashable {
  /// Its number, from 1.
  public var number: Int
  /// The services that move in it, in id order.
  public var services: [ServiceID]
  /// Their moves.
  public var moves: [LinkMove]
}
