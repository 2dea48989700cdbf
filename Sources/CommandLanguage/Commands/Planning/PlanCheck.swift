import DependencyGraph
import Planning
import RegistryModel
import RegistryStore

/// A plan applied to a copy of the registry and checked as `check` would: the findings it
/// introduces and those it resolves, and any step the registry refused.
struct PlanCheck: Sendable {
  /// Findings the registry has after the plan and not before.
  var introduced: [Finding] = []
  /// Findings the registry has before the plan and not after.
  var resolved: [Finding] = []
  /// The step the registry refused, in words; `nil` when every step applied.
  var failedStep: String?
  /// Active services still depending on a service the plan retires (none for a sound plan).
  var remainingDependents: [LinkEnds] = []

  /// Checks `plan` against `registry` (read by `store`, with `graph` built from it). Both
  /// states' findings are worked out side by side. O(V + E) twice, plus the duplicate search.
  init(
    plan: MigrationPlan, registry: Registry, graph: DependencyGraph, store: RegistryStore,
    today: CalendarDate
  ) {
    var after = registry
    do {
      try plan.apply(to: &after)
    } catch {
      failedStep = error.description
      return
    }
    remainingDependents = plan.remainingDependents(in: after)
    let findings = RegistryFindings.ofEach(
      [(registry: registry, store: store), (registry: after, store: store)], today: today)
    introduced = findings[1].introduced(since: findings[0])
    resolved = findings[0].introduced(since: findings[1])
  }

  /// The introduced findings that are errors.
  var introducedErrors: [Finding] { introduced.filter { $0.severity == .error } }
}
