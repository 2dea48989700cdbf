import RegistryModel
import SemVer

/// One member of a cluster weighed as the keeper: the facts the choice rests on.
public struct KeeperCandidate: Sendable, Hashable {
  /// The service.
  public var id: ServiceID
  /// How many services depend on it directly.
  public var dependents: Int
  /// Its newest active version, if any.
  public var newestActiveVersion: Version?
  /// Whether its unit (or its owner) is a central one: central units run shared applications.
  public var central: Bool
  /// Its lifecycle: an active service keeps before a deprecated or planned one.
  public var lifecycle: Lifecycle
}

/// The keeper of a consolidation and why: given with `--keep`, or chosen by the planner with
/// the reasons it won and the runners-up.
public struct KeeperChoice: Sendable, Hashable {
  /// The service every other member's dependents move to.
  public var keeper: KeeperCandidate
  /// Whether the user chose it (`--keep`).
  public var chosenByUser: Bool
  /// Why it was chosen, strongest reason first.
  public var reasons: [String]
  /// The next best members, best first (at most three).
  public var runnersUp: [KeeperCandidate]
}
