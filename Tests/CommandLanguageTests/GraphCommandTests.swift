import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// deps, rdeps, why, locks and check, run in-process on a small registry with known locks.
@Suite struct GraphCommandTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(units: ["pusat/setjen"])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    for line in [
      "register sso --name SSO --unit pusat/setjen", "version sso 1.0.0", "version sso 2.0.0",
      "register portal --name Portal --unit pusat/setjen", "version portal 1.0.0",
      "register app --name App --unit pusat/setjen", "register db --name DB --unit pusat/setjen",
      "version db 1.0.0",
      "link app sso --range ^1 --kind auth", "link app portal", "link portal sso --range ^2",
      "link portal db", "link db portal",
    ] {
      let result = session.execute(line: line)
      precondition(result.exitStatus == 0, "\(line): \(result.errorOutput)")
    }
  }

  mutating func run(_ line: String) -> CommandResult { session.execute(line: line) }

  @Test mutating func depsPrintsATreeWithRangesMatchesAndRepeatsMarked() {
    let result = run("deps app")
    #expect(result.exitStatus == 0)
    #expect(
      result.output == """
        app
        ├── portal → 1.0.0
        │   ├── db → 1.0.0
        │   │   └── portal → 1.0.0 (shown above)
        │   └── sso ^2 → 2.0.0
        └── sso ^1 (auth) → 1.0.0
        app depends on 3 services (2 directly)

        """)
    #expect(run("deps app --depth 1").output.contains("portal → 1.0.0 …"))
    #expect(run("deps app --depth -1").exitStatus == 2)
  }

  @Test mutating func rdepsShowsWhatBreaks() {
    let output = run("rdeps sso").output
    #expect(output.hasPrefix("sso\n├── app ^1 (auth) → 1.0.0\n└── portal ^2 → 2.0.0\n"))
    #expect(run("rdeps app").output.contains("nothing depends on app"))
  }

  @Test mutating func whyGivesTheShortestChainOrAPlainAnswer() {
    let output = run("why app db").output
    #expect(
      output
        == "app\n  -> portal asks any version, satisfied by 1.0.0\n  -> db asks any version, satisfied by 1.0.0\n2 hops\n"
    )
    #expect(
      run("why sso app").output.contains(
        "sso does not depend on app, directly or indirectly; but app depends on sso"))
    let json = run("why app sso --json").output
    #expect(json.contains("\"path\":[{\"from\":\"app\",\"to\":\"sso\",\"range\":\"^1\""))
  }

  @Test mutating func locksReportsACycleWithItsLoopAndFailsTheExitStatus() throws {
    let result = run("locks")
    #expect(result.exitStatus == 1)
    #expect(result.output.contains("error [cycle]"))
    #expect(result.output.contains("loop: db -> portal -> db"))
    let json =
      try JSONSerialization.jsonObject(with: Data(run("locks --json").output.utf8))
      as! [String: Any]
    let findings = json["findings"] as! [[String: Any]]
    let cycle = try #require(findings.first { $0["code"] as? String == "cycle" })
    #expect(cycle["services"] as! [String] == ["db", "portal"])
    #expect(cycle["loop"] as! [String] == ["db", "portal", "db"])
    #expect(cycle["severity"] as! String == "error")
  }

  @Test mutating func checkFailsOnlyOnErrorsUnlessStrict() {
    #expect(run("unlink db portal").exitStatus == 0)
    let pinned = run("check")
    #expect(pinned.output.contains("warning [pinned-behind] app depends on sso ^1"))
    #expect(pinned.exitStatus == 0)
    #expect(run("check --strict").exitStatus == 1)
  }

  @Test mutating func checkReportsBrokenFiles() throws {
    try folder.write("name = ", to: "services/pusat/setjen/bad.toml")
    let result = run("check")
    #expect(result.exitStatus == 1)
    #expect(
      result.output.contains("error [broken-file] \(folder.path)/services/pusat/setjen/bad.toml:1:")
    )
  }
}

/// The one-pass sibling computation that draws trees agrees with the obvious quadratic one.
@Suite struct TreeDrawingTests {
  @Test(arguments: 0..<200)
  func siblingsFollowMatchesTheSlowDefinition(_ seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    var depths = [0]
    for _ in 0..<Int(random.next() % 60) {
      let last = depths.last!
      depths.append(Int(random.next() % UInt64(last + 2)))
    }
    let slow = depths.indices.map { index in
      depths[(index + 1)...].first { $0 <= depths[index] } == depths[index]
    }
    #expect(DependencyTree.siblingsFollow(depths) == slow, "\(depths)")
  }
}
