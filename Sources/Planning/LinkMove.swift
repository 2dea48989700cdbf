import RegistryModel
import SemVer

/// One dependent's link moved off a service that goes away, onto the one that takes over.
public struct LinkMove: Sendable, Hashable {
  /// The service whose link moves.
  public var dependent: ServiceID
  /// The service it depended on, which goes away.
  public var from: ServiceID
  /// The service it depends on afterwards; `nil` when the service going away names no
  /// replacement (`plan retire` of a service whose deprecation names none).
  public var to: ServiceID?
  /// The range the old link asked for.
  public var oldRange: VersionRange
  /// The range the new link asks for: one the new target's versions satisfy.
  public var newRange: VersionRange
  /// Whether the dependent already depends on the new target, so the old link only goes.
  public var alreadyLinked: Bool
  /// The wave it moves in, from 1.
  public var wave: Int
}
