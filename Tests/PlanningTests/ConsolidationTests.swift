import DependencyGraph
import RegistryModel
import TestSupport
import Testing

@testable import Planning

/// Consolidation and retirement plans on small registries whose right answer is plain.
@Suite struct ConsolidationTests {
  /// Three academic systems: `big` has three dependents, `small` one, `old` one that is
  /// deprecated; `portal` depends on both `big` and `small`; `big` itself depends on `small`.
  func academic() -> RegistryBuilder {
    var builder = RegistryBuilder(units: ["pusat", "ptkn/a", "ptkn/b"])
    builder.service("big", versions: ["3.2.0", "2.0.0"], unit: "ptkn/a")
    builder.service("small", versions: ["1.4.0"], unit: "ptkn/b")
    builder.service("old", .deprecated, versions: ["1.0.0"], unit: "ptkn/b")
    for id in ["krs", "lms", "portal", "wisuda", "pmb"] {
      builder.service(id, versions: ["1.0.0"], unit: "ptkn/b")
    }
    builder.link("krs", "big", "^3", kind: "auth", note: "login")
    builder.link("lms", "big", "^3.1")
    builder.link("portal", "big", "*")
    builder.link("portal", "small", "^1", kind: "data", note: "nilai")
    builder.link("wisuda", "old", "^1")
    builder.link("big", "small", "^1")
    builder.link("pmb", "wisuda")
    return builder
  }

  func ids(_ texts: [String]) -> [ServiceID] { texts.map(RegistryBuilder.id) }

  @Test func theMemberWithTheMostDependentsKeepsTheJobAndTheOthersGo() throws {
    let registry = academic().registry
    let plan = try MigrationPlanner(registry: registry).consolidation(
      of: ids(["small", "big", "old"]), sunset: RegistryBuilder.date("2026-12-31"))
    #expect(plan.target == RegistryBuilder.id("big"))
    #expect(plan.keeperChoice?.chosenByUser == false)
    #expect(
      plan.keeperChoice?.reasons.first
        == "most dependents: 3 dependents (next: small, 2 dependents)")
    #expect(plan.keeperChoice?.runnersUp.map(\.id.rawValue) == ["small", "old"])
    #expect(plan.leaving.map(\.rawValue) == ["old", "small"])
    // The keeper's own link to a member goes: it takes the member's place.
    #expect(plan.droppedLinks.map(\.description) == ["big -> small"])
    let moves = plan.moves.map { "\($0.dependent)->\($0.from):\($0.newRange.source)" }
    #expect(moves == ["portal->small:^3.2.0", "wisuda->old:^3.2.0"])
    #expect(plan.moves.first?.alreadyLinked == true)
    #expect(plan.moves.last?.alreadyLinked == false)
    #expect(
      plan.steps == [
        .undeprecate(RegistryBuilder.id("old")),
        .deprecate(
          RegistryBuilder.id("old"),
          Deprecation(
            reason: "consolidated into big", replacedBy: RegistryBuilder.reference("big"),
            sunset: RegistryBuilder.date("2026-12-31"))),
        .deprecate(
          RegistryBuilder.id("small"),
          Deprecation(
            reason: "consolidated into big", replacedBy: RegistryBuilder.reference("big"),
            sunset: RegistryBuilder.date("2026-12-31"))),
        .unlink(from: RegistryBuilder.id("big"), to: RegistryBuilder.id("small")),
        .unlink(from: RegistryBuilder.id("portal"), to: RegistryBuilder.id("small")),
        .unlink(from: RegistryBuilder.id("wisuda"), to: RegistryBuilder.id("old")),
        .link(
          from: RegistryBuilder.id("wisuda"),
          Link(to: RegistryBuilder.id("big"), range: RegistryBuilder.range("^3.2.0"))),
        .retire(RegistryBuilder.id("old")), .retire(RegistryBuilder.id("small")),
      ])
    var after = registry
    try plan.apply(to: &after)
    #expect(plan.remainingDependents(in: after).isEmpty)
    #expect(after.services[RegistryBuilder.id("small")]?.lifecycle == .retired)
    #expect(after.services[RegistryBuilder.id("portal")]?.links.map(\.target.rawValue) == ["big"])
  }

  @Test func aKeeperChosenWithKeepStaysAndAMovedLinkKeepsItsKindAndNote() throws {
    let plan = try MigrationPlanner(registry: academic().registry).consolidation(
      of: ids(["big", "small"]), keep: RegistryBuilder.id("small"))
    #expect(plan.keeperChoice?.chosenByUser == true)
    #expect(plan.keeperChoice?.reasons == ["chosen with --keep"])
    #expect(plan.droppedLinks.isEmpty)
    let links = plan.steps.compactMap { step -> Link? in
      if case .link(_, let link) = step { return link }
      return nil
    }
    #expect(links.map(\.range.source) == ["^1.4.0", "^1.4.0"])
    #expect(links.first?.kind?.rawValue == "auth")
    #expect(links.first?.note == "login")
    let portal = plan.moves.first { $0.dependent.rawValue == "portal" }
    #expect(portal?.alreadyLinked == true)
  }

  @Test func waveOrderFollowsDependenciesAmongTheMovers() throws {
    var builder = RegistryBuilder()
    builder.service("keep", versions: ["2.0.0"])
    builder.service("go", versions: ["1.0.0"])
    // a depends on b, b on c: c moves first, then b, then a; d stands alone.
    for id in ["a", "b", "c", "d"] {
      builder.service(id)
      builder.link(id, "go", "^1")
    }
    builder.chain(["a", "b", "c"])
    let plan = try MigrationPlanner(registry: builder.registry).consolidation(
      of: ids(["keep", "go"]), keep: RegistryBuilder.id("keep"))
    #expect(plan.waves.map { $0.services.map(\.rawValue) } == [["c", "d"], ["b"], ["a"]])
    let bounded = try MigrationPlanner(registry: builder.registry).consolidation(
      of: ids(["keep", "go"]), keep: RegistryBuilder.id("keep"), waveSize: 1)
    #expect(bounded.waves.map { $0.services.map(\.rawValue) } == [["c"], ["d"], ["b"], ["a"]])
  }

  @Test func aLoopAmongTheMoversIsCutWithOneLinkAndSaidSo() throws {
    var builder = RegistryBuilder()
    builder.service("keep")
    builder.service("go")
    for id in ["a", "b", "c"] {
      builder.service(id)
      builder.link(id, "go")
    }
    builder.chain(["a", "b", "c", "a"])
    let plan = try MigrationPlanner(registry: builder.registry).consolidation(
      of: ids(["keep", "go"]), keep: RegistryBuilder.id("keep"))
    #expect(plan.cutLinks.count == 1)
    #expect(plan.waves.count == 3)
    #expect(plan.notes.contains { $0.severity == .note && $0.message.contains("loop") })
  }

  @Test func aDeprecatedKeeperIsAnErrorAndAPastSunsetAWarning() throws {
    var builder = academic()
    builder.deprecate("big", reason: "old")
    let plan = try MigrationPlanner(
      registry: builder.registry, today: RegistryBuilder.date("2026-12-08")
    ).consolidation(
      of: ids(["big", "old"]), keep: RegistryBuilder.id("big"),
      sunset: RegistryBuilder.date("2025-01-01"))
    #expect(plan.hasErrors)
    #expect(plan.notes.map(\.severity) == [.error, .warning])
  }

  @Test func aRetiredKeeperChosenWithKeepIsAnError() throws {
    var builder = academic()
    builder.retire("small")
    let plan = try MigrationPlanner(registry: builder.registry).consolidation(
      of: ids(["big", "small"]), keep: RegistryBuilder.id("small"))
    #expect(plan.hasErrors)
    #expect(plan.notes.first?.message.hasPrefix("the keeper small is retired") == true)
  }

  @Test func plansThatCannotBeMadeSayWhy() {
    let planner = MigrationPlanner(registry: academic().registry)
    #expect(throws: PlanningError.tooFewMembers(1)) {
      try planner.consolidation(of: ids(["big", "big"]))
    }
    #expect(throws: PlanningError.unknownService(RegistryBuilder.id("nope"))) {
      try planner.consolidation(of: ids(["big", "nope"]))
    }
    #expect(throws: PlanningError.keeperNotMember(RegistryBuilder.id("krs"))) {
      try planner.consolidation(of: ids(["big", "small"]), keep: RegistryBuilder.id("krs"))
    }
  }

  @Test func retiringMovesTheDependentsToTheReplacementItsDeprecationNames() throws {
    var builder = academic()
    builder.deprecate("small", reason: "replaced", replacedBy: "big@^3")
    let plan = try MigrationPlanner(registry: builder.registry).retirement(
      of: RegistryBuilder.id("small"))
    #expect(plan.target == RegistryBuilder.id("big"))
    #expect(!plan.hasErrors)
    // big's own link to small is dropped; portal already links to big.
    #expect(plan.droppedLinks.map(\.description) == ["big -> small"])
    #expect(plan.moves.map(\.dependent.rawValue) == ["portal"])
    #expect(plan.steps.last == .retire(RegistryBuilder.id("small")))

    let none = try MigrationPlanner(registry: academic().registry).retirement(
      of: RegistryBuilder.id("old"))
    #expect(none.hasErrors)
    #expect(none.steps.isEmpty)
    #expect(none.waves.map { $0.services.map(\.rawValue) } == [["wisuda"]])
    #expect(none.moves.first?.to == nil)
  }
}
