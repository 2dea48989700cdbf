import DependencyGraph
import RegistryModel
import SemVer

/// What a command that changes the registry did, what it warns of, and what it did to the
/// dependency locks.
struct ChangeOutcome {
  /// The change made.
  enum Change {
    /// `register`: a new service in a unit.
    case registered(ServiceID, in: UnitPath)
    /// `update`: new facts, and a move when the unit changed.
    case updated(ServiceID, movedFrom: UnitPath?, to: UnitPath?)
    /// `version`: a new version.
    case addedVersion(ServiceID, Version)
    /// `link`: a new or changed dependency.
    case linked(ServiceID, to: ServiceID, range: VersionRange)
    /// `unlink`: a dependency removed.
    case unlinked(ServiceID, from: ServiceID)
    /// `add-unit`: a new unit.
    case addedUnit(UnitPath, name: String)
    /// `deprecate`: a service or version marked deprecated.
    case deprecated(Reference)
    /// `undeprecate`: a deprecation withdrawn.
    case undeprecated(Reference)
    /// `retire`: a service or version retired.
    case retired(Reference)
    /// `unretire`: a retired service or version back in use.
    case unretired(Reference)
    /// `delete`: a service and its file removed.
    case deleted(ServiceID)
    /// `edit`: the service's file edited by hand; `changed` is false when nothing was changed.
    case edited(ServiceID, changed: Bool)
  }

  /// The command's word, for JSON.
  var command: String
  /// What changed.
  var change: Change
  /// The services written.
  var ids: [ServiceID]
  /// Whether the change waits in an open batch.
  var inBatch: Bool
  /// What the change may break, one sentence each (a link to a retired service, say).
  var warnings: [String] = []
  /// The locks the change introduced and resolved, for a change typed alone.
  var lockDelta: LockDelta? = nil
}

/// The findings a change introduced and those it resolved.
struct LockDelta {
  /// New findings, in listing order.
  var introduced: [Finding]
  /// Findings gone, in listing order.
  var resolved: [Finding]

  /// The difference from `before` to `after`; `nil` when they are the same. O(findings).
  init?(from before: Set<Finding>, to after: Set<Finding>) {
    introduced = after.subtracting(before).sorted(by: Finding.listedBefore)
    resolved = before.subtracting(after).sorted(by: Finding.listedBefore)
    if introduced.isEmpty && resolved.isEmpty { return nil }
  }
}
