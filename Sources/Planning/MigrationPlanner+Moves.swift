import DependencyGraph
import RegistryModel
import SemVer

/// Moving the dependents of the services that go.
extension MigrationPlanner {
  /// Fills in `plan`'s moves, waves, dropped links and steps: the dependents of every service
  /// in `leaving` (but the members themselves) move to `target`; `target`'s own links to them
  /// go. O(d log d) for d dependents, plus the waves.
  func fill(
    _ plan: inout MigrationPlan, leaving: Set<ServiceID>, members: Set<ServiceID>,
    target: ServiceID?, targetSelector: Reference.Selector? = nil, waveSize: Int?
  ) throws(PlanningError) {
    // Each dependent's links to leaving services, in target order.
    var linksOf: [ServiceID: [Link]] = [:]
    for id in leaving {
      guard let vertex = graph.index(of: id) else { continue }
      for edge in graph.dependents(of: vertex) {
        let dependent = graph.id(at: edge.source)
        let link = graph.link(of: edge)
        if dependent == target {
          plan.droppedLinks.append(LinkEnds(from: dependent, to: id))
        } else if !members.contains(dependent) {
          linksOf[dependent, default: []].append(link)
        }
      }
    }
    plan.droppedLinks.sort()
    let movers = linksOf.keys.compactMap(graph.index(of:))
    let ordering = graph.waves(of: movers, size: waveSize)
    plan.cutLinks = ordering.cut.map {
      LinkEnds(from: graph.id(at: $0.source), to: graph.id(at: $0.target))
    }
    .sorted()
    let newRange = target.map { range(for: $0, selector: targetSelector, plan: &plan) }
    for (offset, wave) in ordering.waves.enumerated() {
      let services = wave.map { graph.id(at: $0) }.sorted()
      var moves: [LinkMove] = []
      for dependent in services {
        let links = linksOf[dependent]!.sorted { $0.target < $1.target }
        var linked = target.map { registry.services[dependent]!.link(to: $0) != nil } ?? false
        for link in links {
          moves.append(
            LinkMove(
              dependent: dependent, from: link.target, to: target, oldRange: link.range,
              newRange: link.range.description == "*" ? .any : newRange ?? .any,
              alreadyLinked: linked, wave: offset + 1))
          if target != nil { linked = true }
        }
      }
      plan.waves.append(Wave(number: offset + 1, services: services, moves: moves))
    }
    if !plan.cutLinks.isEmpty {
      plan.notes.append(
        PlanNote(
          .note, Array(Set(plan.cutLinks.flatMap { [$0.from, $0.to] })).sorted(),
          "services that move depend on each other in a loop; the waves leave out "
            + plan.cutLinks.map(\.description).joined(separator: ", ")
            + " to order them (the links themselves stay)"))
    }
    if let sunset = plan.deprecation?.sunset, let today, sunset < today {
      plan.notes.append(
        PlanNote(.warning, plan.leaving, "the sunset \(sunset) is already past (today is \(today))")
      )
    }
    plan.phases = phases(of: plan, target: target)
  }

  /// The range a moved link asks of `target`: what the replacement reference selects, else
  /// `^` its newest active version (or newest live one), else `*` when it has no versions.
  private func range(
    for target: ServiceID, selector: Reference.Selector?, plan: inout MigrationPlan
  ) -> VersionRange {
    switch selector {
    case .range(let range): return range
    case .version(let version): return caret(version)
    default: break
    }
    guard let service = registry.services[target], !service.versions.isEmpty else { return .any }
    if let version = service.newestActiveVersion
      ?? service.versions.first(where: { $0.lifecycle.isLive })?.version
    {
      return caret(version)
    }
    plan.notes.append(
      PlanNote(
        .warning, [target],
        "\(target) has no active or planned version; the moved links ask for any (*), which "
          + "none of its versions will satisfy until one is released"))
    return .any
  }

  private func caret(_ version: Version) -> VersionRange {
    (try? VersionRange(parsing: "^\(version)")) ?? .any
  }

  /// The plan's steps: deprecations and the target's dropped links, each wave's moves, then
  /// the retirements. Nothing moves without a target.
  private func phases(of plan: MigrationPlan, target: ServiceID?) -> [PlanPhase] {
    guard let target else { return [] }
    var announcement: [PlanStep] = []
    if let deprecation = plan.deprecation {
      for id in plan.leaving {
        let service = registry.services[id]!
        if service.lifecycle == .deprecated {
          guard service.deprecation?.replacedBy?.service != target else { continue }
          announcement.append(.undeprecate(id))
        }
        announcement.append(.deprecate(id, deprecation))
      }
    }
    for dropped in plan.droppedLinks {
      announcement.append(.unlink(from: dropped.from, to: dropped.to))
    }
    var phases: [PlanPhase] = []
    if !announcement.isEmpty { phases.append(PlanPhase(part: .announcement, steps: announcement)) }
    for wave in plan.waves {
      var steps: [PlanStep] = []
      for move in wave.moves {
        steps.append(.unlink(from: move.dependent, to: move.from))
        guard !move.alreadyLinked else { continue }
        let old = registry.services[move.dependent]!.link(to: move.from)!
        steps.append(
          .link(
            from: move.dependent,
            Link(to: target, range: move.newRange, kind: old.kind, note: old.note)))
      }
      phases.append(PlanPhase(part: .wave(wave.number), steps: steps))
    }
    if !plan.leaving.isEmpty {
      phases.append(PlanPhase(part: .retirement, steps: plan.leaving.map(PlanStep.retire)))
    }
    return phases
  }
}
