import Foundation
import RegistryModel
import SemVer
import TestSupport
import Testing

@testable import CommandLanguage

/// Commands run as values, asserted on the data they return rather than on their text.
@Suite struct TypedOutcomeTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(units: ["pusat/setjen"])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    for line in [
      "register sso --name SSO --unit pusat/setjen", "version sso 1.0.0", "version sso 2.0.0",
      "register portal --name Portal --unit pusat/setjen", "version portal 1.0.0",
      "register app --name App --unit pusat/setjen", "register db --name DB --unit pusat/setjen",
      "version db 1.0.0", "link app sso --range ^1 --kind auth", "link app portal",
      "link portal sso --range ^3", "link portal db", "link db portal",
    ] {
      let result = session.execute(line: line)
      precondition(result.exitStatus == 0, "\(line): \(result.errorOutput)")
    }
  }

  private func id(_ text: String) -> ServiceID { try! ServiceID(validating: text) }

  @Test func everyCommandInTheTableIsAType() {
    let words = Set(CommandTable.standard.commands.map(\.name))
    #expect(Set(Session.commandTypes.keys) == words)
    for (word, type) in Session.commandTypes where word != "rdeps" { #expect(type.name == word) }
    // Only the commands that open, close or leave a batch are refused inside `run --atomic`,
    // and `undo`, which takes back changes already written.
    let refused = Session.commandTypes.filter { !$0.value.runsInsideAtomicRun }.keys
    #expect(Set(refused) == ["begin", "commit", "rollback", "quit", "undo"])
  }

  @Test mutating func dependencyTreesCountWhatTheyReach() throws {
    let tree = try session.run(DependenciesCommand(id: id("app")))
    #expect(tree.rows.first.map { tree.graph.id(at: $0.vertex) } == id("app"))
    #expect(tree.direct == 2)
    #expect(tree.total == 3)
    let reverse = try session.run(
      DependenciesCommand(id: id("sso"), reverse: true, depth: Depth(1)))
    #expect(reverse.direct == 2 && reverse.total == 2)
    #expect(reverse.rows.allSatisfy { $0.depth <= 1 })
  }

  @Test mutating func showResolvesEveryLink() throws {
    let details = try session.run(ShowCommand(reference: Reference(validating: "portal")))
    let resolutions = Dictionary(
      uniqueKeysWithValues: details.links.map { ($0.link.target.rawValue, $0.resolution) })
    #expect(resolutions["sso"] == .noVersionMatches)
    #expect(resolutions["db"] == .version(try Version(parsing: "1.0.0")))
    #expect(details.dependents == [id("app"), id("db")])
    let version = try session.run(ShowCommand(reference: Reference(validating: "sso@2.0.0")))
    guard case .version(let record) = version.selection else {
      Issue.record("expected one version")
      return
    }
    #expect(record.version.description == "2.0.0")
  }

  @Test mutating func whyGivesEachHopAndItsVersion() throws {
    let path = try session.run(WhyCommand(from: id("app"), to: id("db")))
    #expect(path.hops?.map(\.to) == [id("portal"), id("db")])
    #expect(path.hops?.map { $0.resolved?.description } == ["1.0.0", "1.0.0"])
    let none = try session.run(WhyCommand(from: id("sso"), to: id("app")))
    #expect(none.hops == nil && none.reverseExists)
  }

  @Test mutating func findingsFailOnErrorsAndOnWarningsWhenStrict() throws {
    let locks = try session.run(LocksCommand())
    #expect(
      locks.findings.contains { $0.code == .cycle && $0.services == [id("db"), id("portal")] })
    #expect(locks.exitStatus == 1)
    _ = session.execute(line: "unlink db portal")
    _ = session.execute(line: "unlink portal sso")
    let check = try session.run(CheckCommand())
    #expect(check.errors == 0)
    #expect(check.exitStatus == 0)
    #expect(try session.run(CheckCommand(strict: true)).exitStatus == (check.warnings > 0 ? 1 : 0))
  }

  @Test mutating func listAndFindReturnServicesInIdOrder() throws {
    let all = try session.run(ListCommand())
    #expect(all.services.map(\.id.rawValue) == ["app", "db", "portal", "sso"])
    let withVersions = try session.run(
      VersionsCommand(id: id("sso"), matching: VersionRange(parsing: "^2")))
    #expect(withVersions.versions.map(\.version.description) == ["2.0.0"])
    #expect(try session.run(FindCommand(words: ["portal"])).services.map(\.id) == [id("portal")])
    let units = try session.run(UnitsCommand())
    #expect(units.units.map(\.services) == [4])
    let stats = try session.run(StatsCommand())
    #expect(stats.services == 4 && stats.versions == 4 && stats.links == 5)
  }

  @Test mutating func aChangeTypedAloneReportsTheLocksItIntroduces() throws {
    _ = session.execute(line: "unlink db portal")
    let result = session.execute(line: "retire portal --force")
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("locks: 1 introduced"))
    let log = try session.run(LogCommand(limit: Limit(1)))
    #expect(log.entries.map(\.command) == ["retire portal --force"])
    #expect(log.entries.first?.ids == ["portal"])
  }
}
