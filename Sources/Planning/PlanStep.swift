import RegistryModel

/// One change a migration plan makes, in the order it makes them: each is one svcreg command.
public enum PlanStep: Sendable, Hashable {
  /// `deprecate ID --reason … --replaced-by … --sunset …`.
  case deprecate(ServiceID, Deprecation)
  /// `undeprecate ID`: a deprecation that names another replacement, taken back first.
  case undeprecate(ServiceID)
  /// `unlink FROM TO`.
  case unlink(from: ServiceID, to: ServiceID)
  /// `link FROM TO --range … --kind … --note …`.
  case link(from: ServiceID, Link)
  /// `retire ID`.
  case retire(ServiceID)
}

/// The steps of one part of a plan: the announcement (deprecations, the keeper's dropped
/// links), one wave's moves, or the retirements after the last wave.
public struct PlanPhase: Sendable, Hashable {
  /// Which part of the plan.
  public enum Part: Sendable, Hashable {
    /// Deprecations and the target's dropped links, before anything moves.
    case announcement
    /// A wave's moves.
    case wave(Int)
    /// The retirements, after the last wave.
    case retirement
  }

  /// Which part of the plan.
  public var part: Part
  /// Its steps, in order.
  public var steps: [PlanStep]
}
