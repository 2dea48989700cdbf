import DependencyGraph
import RegistryModel
import SemVer

/// Works out migration plans on a registry: consolidating a cluster of services that do one
/// job into the one that keeps it, and retiring one service in favour of its replacement.
///
/// Links move in waves in dependency order: a service moves only after the services it depends
/// on that also move have moved, loops among them cut first with the fewest links. O(V + E) to
/// build the graph, then O(m + d log d) for m members and d dependents (plus the exact
/// loop-cutting search, bounded by loops of 16 services).
public struct MigrationPlanner: Sendable {
  /// The registry planned on.
  public let registry: Registry
  /// Its dependency graph.
  public let graph: DependencyGraph
  /// Today, to warn of a sunset already past.
  public var today: CalendarDate?

  /// A planner on `registry`.
  public init(registry: Registry, graph: DependencyGraph? = nil, today: CalendarDate? = nil) {
    self.registry = registry
    self.graph = graph ?? DependencyGraph(registry)
    self.today = today
  }

  /// The plan that makes `members` one service: `keep` (or the member the planner finds best)
  /// stays, every other member's dependents move to it in waves of at most `waveSize`
  /// services, and the others are deprecated (`--replaced-by` the keeper, `--sunset`) and,
  /// after the last wave, retired.
  public func consolidation(
    of members: [ServiceID], keep: ServiceID? = nil, sunset: CalendarDate? = nil,
    waveSize: Int? = nil
  ) throws(PlanningError) -> MigrationPlan {
    var unique: [ServiceID] = []
    var seen: Set<ServiceID> = []
    for id in members where seen.insert(id).inserted {
      guard registry.services[id] != nil else { throw .unknownService(id) }
      unique.append(id)
    }
    guard unique.count >= 2 else { throw .tooFewMembers(unique.count) }
    if let keep, !seen.contains(keep) { throw .keeperNotMember(keep) }
    guard let choice = keeperChoice(among: unique, keep: keep) else { throw .nothingLive }
    let keeper = choice.keeper.id
    let leaving = unique.filter { $0 != keeper }.sorted()
    var plan = MigrationPlan(
      purpose: .consolidation, target: keeper, keeperChoice: choice,
      leaving: leaving.filter { registry.services[$0]!.lifecycle != .retired },
      deprecation: Deprecation(
        reason: "consolidated into \(keeper)", replacedBy: Reference(keeper), sunset: sunset))
    let keeperService = registry.services[keeper]!
    switch keeperService.lifecycle {
    case .deprecated:
      plan.notes.append(
        PlanNote(
          .error, [keeper],
          "the keeper \(keeper) is itself deprecated: its new dependents would depend on a "
            + "deprecated service; undeprecate it first, or choose another with --keep"))
    case .retired:
      plan.notes.append(
        PlanNote(
          .error, [keeper],
          "the keeper \(keeper) is retired: its new dependents would depend on a service out "
            + "of use; unretire it first, or choose another with --keep"))
    case .planned:
      plan.notes.append(
        PlanNote(
          .warning, [keeper],
          "the keeper \(keeper) is still planned: its dependents would move to a service not "
            + "yet in use"))
    default:
      break
    }
    for id in leaving where registry.services[id]!.lifecycle == .retired {
      plan.notes.append(
        PlanNote(
          .note, [id], "\(id) is already retired; links to it still move to \(keeper)"))
    }
    try fill(&plan, leaving: Set(leaving), members: seen, target: keeper, waveSize: waveSize)
    return plan
  }

  /// The plan that retires `id`: its dependents move, in waves of at most `waveSize`, to the
  /// replacement its deprecation names, and then it is retired. Without a replacement the plan
  /// lists the waves its dependents would have to move in and says it cannot be applied.
  public func retirement(of id: ServiceID, waveSize: Int? = nil) throws(PlanningError)
    -> MigrationPlan
  {
    guard let service = registry.services[id] else { throw .unknownService(id) }
    guard service.lifecycle != .retired else { throw .alreadyRetired(id) }
    let replacement = service.deprecation?.replacedBy
    var plan = MigrationPlan(
      purpose: .retirement, target: replacement?.service, keeperChoice: nil, leaving: [id],
      deprecation: nil)
    if let replacement {
      if let target = registry.services[replacement.service], target.lifecycle == .retired {
        plan.notes.append(
          PlanNote(
            .error, [id, replacement.service],
            "\(id) names \(replacement.service) as its replacement, which is retired; "
              + "deprecate \(id) again with a live --replaced-by"))
      }
    } else {
      plan.notes.append(
        PlanNote(
          .error, [id],
          service.lifecycle == .deprecated
            ? "\(id)'s deprecation names no replacement, so its dependents have nowhere to "
              + "move; give one with 'undeprecate \(id)' then 'deprecate \(id) --reason … "
              + "--replaced-by ID'"
            : "\(id) is not deprecated, so it names no replacement for its dependents; "
              + "deprecate it first with --replaced-by ID"))
    }
    try fill(
      &plan, leaving: [id], members: [id], target: replacement?.service,
      targetSelector: replacement?.selector, waveSize: waveSize)
    return plan
  }
}
