import DependencyGraph
import RegistryModel

/// A migration worked out in full before anything changes: which service takes over, whose
/// links move in which wave, what is deprecated and retired, and every step as one svcreg
/// command, so that it can be read, checked, applied in memory or written as a script.
public struct MigrationPlan: Sendable {
  /// What the plan does.
  public enum Purpose: Sendable, Hashable {
    /// Several services doing one job become one (`plan consolidate`).
    case consolidation
    /// One service goes, its dependents moving to its replacement (`plan retire`).
    case retirement
  }

  /// What the plan does.
  public var purpose: Purpose
  /// The service that takes over: the keeper, or the retiring service's replacement (`nil`
  /// when it names none).
  public var target: ServiceID?
  /// How the keeper was chosen, for a consolidation.
  public var keeperChoice: KeeperChoice?
  /// The services that go away, in id order: deprecated first (when live), retired last.
  public var leaving: [ServiceID]
  /// The deprecation the leaving services get (`--replaced-by` the target, `--sunset`).
  public var deprecation: Deprecation?
  /// The waves of moves, in order.
  public var waves: [Wave] = []
  /// Links among the moving services left out of the ordering to break loops among them: the
  /// fewest that do (exactly, for loops of up to 16 services).
  public var cutLinks: [LinkEnds] = []
  /// The target's own links to leaving services, which go: it takes their place.
  public var droppedLinks: [LinkEnds] = []
  /// Every change, part by part, in order.
  public var phases: [PlanPhase] = []
  /// What the planner has to say: errors that stop the plan, warnings, notes.
  public var notes: [PlanNote] = []

  /// Every change, in order.
  public var steps: [PlanStep] { phases.flatMap(\.steps) }

  /// Every link move, wave by wave.
  public var moves: [LinkMove] { waves.flatMap(\.moves) }

  /// Whether a note says the plan cannot be applied as it is.
  public var hasErrors: Bool { notes.contains { $0.severity == .error } }

  /// Makes every step in `registry`, as running the plan's script would; fails on the first
  /// step the registry refuses. Retirements are not checked against dependents here (that
  /// check is O(services) each); `remainingDependents(in:)` checks them all at once after.
  /// O(steps).
  public func apply(to registry: inout Registry) throws(ModelError) {
    for step in steps {
      switch step {
      case .deprecate(let id, let deprecation):
        try registry.deprecate(Reference(id), deprecation)
      case .undeprecate(let id):
        try registry.undeprecate(Reference(id))
      case .unlink(let from, let to):
        try registry.unlink(from, from: to)
      case .link(let from, let link):
        try registry.link(from, link, requireTarget: true)
      case .retire(let id):
        try registry.retire(Reference(id), force: true)
      }
    }
  }

  /// The active services that still depend on a service the plan retires, in `registry` after
  /// `apply(to:)`: none for a sound plan, since `retire` refuses while there are any. O(links).
  public func remainingDependents(in registry: Registry) -> [LinkEnds] {
    let retired = Set(
      steps.compactMap { step -> ServiceID? in
        if case .retire(let id) = step { return id }
        return nil
      })
    guard !retired.isEmpty else { return [] }
    var found: [LinkEnds] = []
    for service in registry.services.values where service.lifecycle == .active {
      for link in service.links where retired.contains(link.target) && link.target != service.id {
        found.append(LinkEnds(from: service.id, to: link.target))
      }
    }
    return found.sorted()
  }
}
