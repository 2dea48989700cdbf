import DependencyGraph
import RegistryModel
import TestSupport
import Testing

@testable import Planning

/// Plans on random registries, checked against what a plan must do and against a slow,
/// obviously right reference for the loop cutting.
@Suite struct PlanPropertyTests {
  /// A random registry: services with random lifecycles and versions, random links (loops
  /// among them), and a random cluster of two to five members.
  struct Scenario: CustomStringConvertible {
    let seed: UInt64
    let registry: Registry
    let members: [ServiceID]
    let waveSize: Int?

    init(seed: UInt64) {
      var random = SplitMix64(seed: seed)
      var builder = RegistryBuilder()
      let count = 4 + random.below(14)
      let lifecycles: [Lifecycle] = [
        .active, .active, .active, .active, .planned, .deprecated, .retired,
      ]
      for index in 0..<count {
        var versions: [String] = []
        for major in 0..<random.below(3) { versions.append("\(major + 1).\(random.below(3)).0") }
        builder.service(
          "s\(index)", lifecycles[random.below(lifecycles.count)], versions: versions)
      }
      let ranges = ["*", "^1", "^2.1", ">=1.0.0", "~3.0"]
      for from in 0..<count {
        for to in 0..<count where random.chance(2.5 / Double(count)) {
          builder.link("s\(from)", "s\(to)", ranges[random.below(ranges.count)])
        }
      }
      var members: [ServiceID] = []
      for index in (0..<count).shuffled(using: &random).prefix(2 + random.below(4)) {
        members.append(RegistryBuilder.id("s\(index)"))
      }
      self.seed = seed
      registry = builder.registry
      self.members = members
      waveSize = random.chance(0.5) ? 1 + random.below(3) : nil
    }

    var description: String { "seed \(seed)" }
  }

  static let seeds: [UInt64] = Array(1...300)

  @Test(arguments: seeds)
  func aPlanMovesEveryDependentInDependencyOrderAndLeavesNothingOnWhatGoes(_ seed: UInt64)
    throws
  {
    let scenario = Scenario(seed: seed)
    let registry = scenario.registry
    let planned = Result { () throws(PlanningError) in
      try MigrationPlanner(registry: registry).consolidation(
        of: scenario.members, waveSize: scenario.waveSize)
    }
    guard case .success(let plan) = planned else {
      if case .failure(let error) = planned { #expect(error == .nothingLive, "\(scenario)") }
      #expect(scenario.members.allSatisfy { registry.services[$0]!.lifecycle == .retired })
      return
    }
    let keeper = try #require(plan.target)
    let members = Set(scenario.members)
    // Every wave holds at most --wave-size services, each mover exactly once.
    var waveOf: [ServiceID: Int] = [:]
    for wave in plan.waves {
      #expect(wave.services.count <= scenario.waveSize ?? .max, "\(scenario)")
      for id in wave.services {
        #expect(waveOf.updateValue(wave.number, forKey: id) == nil, "\(scenario): \(id) twice")
      }
    }
    // Every link from outside the cluster to a member that goes is moved.
    for service in registry.services.values where !members.contains(service.id) {
      for link in service.links where members.contains(link.target) && link.target != keeper {
        #expect(waveOf[service.id] != nil, "\(scenario): \(service.id) -> \(link.target)")
      }
    }
    // A mover moves after every mover it depends on (but through the links cut).
    let cut = Set(plan.cutLinks)
    for (id, wave) in waveOf {
      for link in registry.services[id]!.links
      where link.target != id && !cut.contains(LinkEnds(from: id, to: link.target)) {
        if let earlier = waveOf[link.target] {
          #expect(earlier < wave, "\(scenario): \(id) in \(wave), \(link.target) in \(earlier)")
        }
      }
    }
    guard !plan.hasErrors else { return }
    // The steps apply as the script's commands would, retiring without --force.
    var after = registry
    for step in plan.steps {
      if case .retire(let id) = step {
        try after.retire(Reference(id), force: false)
      } else {
        var single = plan
        single.phases = [PlanPhase(part: .announcement, steps: [step])]
        try single.apply(to: &after)
      }
    }
    // No service but the members themselves still links to a member that went.
    for service in after.services.values where !members.contains(service.id) {
      for link in service.links {
        #expect(
          !members.contains(link.target) || link.target == keeper,
          "\(scenario): \(service.id) -> \(link.target)")
      }
    }
    for id in plan.leaving {
      #expect(after.services[id]!.lifecycle == .retired, "\(scenario): \(id)")
    }
    // Every error the plan introduces is about what it touched, or is part of an error there
    // was before (a loop through a retired member, now smaller): nothing else breaks.
    let today = RegistryBuilder.date("2026-12-08")
    func errors(_ registry: Registry) -> [(code: String, services: Set<String>)] {
      LockFinder.findings(in: registry, graph: DependencyGraph(registry), today: today)
        .filter { $0.severity == .error }
        .map { ($0.code.rawValue, Set($0.services.map(\.rawValue))) }
    }
    let touched = Set(
      plan.moves.map(\.dependent.rawValue) + plan.leaving.map(\.rawValue) + [keeper.rawValue])
    let before = errors(registry)
    for finding in errors(after) {
      let old = before.contains {
        $0.code == finding.code && finding.services.isSubset(of: $0.services)
      }
      #expect(
        old || !finding.services.isDisjoint(with: touched),
        "\(scenario): \(finding.code) \(finding.services.sorted())")
    }
  }

  /// The links cut to order the waves are as few as any set that leaves no loop among the
  /// movers: checked against every smaller subset of their links.
  @Test(arguments: Array(UInt64(1)...120))
  func theLinksCutAreAsFewAsCanBreakEveryLoop(_ seed: UInt64) throws {
    var random = SplitMix64(seed: seed &* 7919)
    var builder = RegistryBuilder()
    let count = 2 + random.below(6)
    for index in 0..<count { builder.service("m\(index)") }
    for from in 0..<count {
      for to in 0..<count where from != to && random.chance(0.4) {
        builder.link("m\(from)", "m\(to)")
      }
    }
    let graph = DependencyGraph(builder.registry)
    let movers = Array(0..<graph.vertexCount)
    let (waves, cut) = graph.waves(of: movers)
    let links = movers.flatMap { vertex in
      graph.dependencies(of: vertex).filter { $0.source != $0.target }.map {
        ($0.source, $0.target)
      }
    }
    func acyclic(without removed: Set<Int>) -> Bool {
      var remaining = Set(0..<graph.vertexCount)
      while true {
        let sinks = remaining.filter { vertex in
          !links.enumerated().contains { offset, link in
            !removed.contains(offset) && link.0 == vertex && remaining.contains(link.1)
          }
        }
        if sinks.isEmpty { return remaining.isEmpty }
        remaining.subtract(sinks)
      }
    }
    let cutOffsets = Set(
      cut.map { edge in links.firstIndex { $0 == (edge.source, edge.target) }! })
    #expect(acyclic(without: cutOffsets), "seed \(seed)")
    if cut.count > 0, links.count <= 14 {
      // No smaller set of links breaks every loop.
      for mask in 0..<(1 << links.count) where mask.nonzeroBitCount < cut.count {
        let removed = Set((0..<links.count).filter { mask & (1 << $0) != 0 })
        #expect(!acyclic(without: removed), "seed \(seed): \(removed) is smaller")
      }
    }
    #expect(waves.flatMap { $0 }.sorted() == movers)
  }
}
