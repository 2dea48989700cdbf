import Exchange
import RegistryModel
import TestSupport
import Testing

/// What each scope selects: the root and its dependencies or dependents to a depth, a unit and
/// the units inside it, and combinations.
@Suite struct ScopeTests {
  let registry = HostileRegistry.registry

  func ids(_ scope: ExportScope) throws -> [String] {
    try ExportSelection(registry: registry, scope: scope).nodes.map(\.id.rawValue)
  }

  @Test func everythingIsEveryServiceInIDOrder() throws {
    #expect(
      try ids(.everything) == [
        "excel-macro", "legacy-portal", "old-mail", "pddikti-feeder", "planned-app",
        "siakad-uin-jakarta", "sso",
      ])
  }

  @Test func rootFollowsDependenciesToTheDepth() throws {
    let siakad = ServiceID("siakad-uin-jakarta")!
    #expect(try ids(ExportScope(root: siakad, depth: 0)) == ["siakad-uin-jakarta"])
    #expect(
      try ids(ExportScope(root: siakad, depth: 1)) == [
        "pddikti-feeder", "siakad-uin-jakarta", "sso",
      ])
    let legacy = ServiceID("legacy-portal")!
    #expect(try ids(ExportScope(root: legacy)) == ["legacy-portal", "old-mail", "sso"])
  }

  @Test func reverseFollowsDependents() throws {
    let sso = ServiceID("sso")!
    #expect(
      try ids(ExportScope(root: sso, depth: 1, reverse: true)) == [
        "legacy-portal", "siakad-uin-jakarta", "sso",
      ])
    #expect(
      try ids(ExportScope(root: sso, reverse: true)) == [
        "legacy-portal", "pddikti-feeder", "siakad-uin-jakarta", "sso",
      ])
  }

  @Test func unitIncludesTheUnitsInsideIt() throws {
    #expect(
      try ids(ExportScope(unit: UnitPath("pusat/setjen")!)) == [
        "excel-macro", "legacy-portal", "old-mail", "sso",
      ])
    #expect(try ids(ExportScope(unit: UnitPath("pusat/setjen/biro-umum")!)) == ["excel-macro"])
  }

  @Test func optionsCombineAsAnIntersection() throws {
    let scope = ExportScope(
      root: ServiceID("sso")!, reverse: true, unit: UnitPath("ptkn/uin-jakarta")!)
    #expect(try ids(scope) == ["pddikti-feeder", "siakad-uin-jakarta"])
  }

  @Test func linksAreThoseBetweenShownServicesAndToUnregisteredOnes() throws {
    let all = try ExportSelection(registry: registry)
    #expect(all.links.count == 7)
    #expect(all.missingTargets.map(\.rawValue) == ["ghost-service"])
    let looping = all.links.filter(\.inCycle).map {
      "\(all.nodes[$0.source].id) -> \(all.targetID(of: $0))"
    }
    #expect(
      looping == [
        "excel-macro -> excel-macro", "pddikti-feeder -> siakad-uin-jakarta",
        "siakad-uin-jakarta -> pddikti-feeder",
      ])
    let legacy = try ExportSelection(
      registry: registry, scope: ExportScope(root: ServiceID("legacy-portal")!, depth: 0))
    #expect(legacy.links.isEmpty)
  }

  @Test func wrongScopesSayWhatIsWrong() {
    #expect(throws: ExportError.unknownRoot(ServiceID("nope")!)) {
      try ExportSelection(registry: registry, scope: ExportScope(root: ServiceID("nope")!))
    }
    #expect(throws: ExportError.needsRoot("--depth")) {
      try ExportSelection(registry: registry, scope: ExportScope(depth: 2))
    }
    #expect(throws: ExportError.needsRoot("--reverse")) {
      try ExportSelection(registry: registry, scope: ExportScope(reverse: true))
    }
    #expect(throws: ExportError.unknownUnit(UnitPath("kanwil")!)) {
      try ExportSelection(registry: registry, scope: ExportScope(unit: UnitPath("kanwil")!))
    }
  }
}
