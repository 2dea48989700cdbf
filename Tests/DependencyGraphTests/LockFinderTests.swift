import DependencyGraph
import RegistryModel
import TestSupport
import Testing

@Suite("Dependency locks")
struct LockFinderTests {
  static let scenarios: [LockScenario] = [
    LockScenario("no links, no findings", expected: []) { registry in
      registry.service("a", versions: ["1.0.0"])
    },
    LockScenario("a loop of three and a self-link", expected: ["cycle a b c", "cycle d"]) {
      registry in
      for id in ["a", "b", "c", "d"] { registry.service(id) }
      registry.chain(["a", "b", "c", "a"])
      registry.link("d", "d")
    },
    LockScenario("two loops sharing a service", expected: ["cycle a b c d"]) { registry in
      for id in ["a", "b", "c", "d"] { registry.service(id) }
      registry.chain(["a", "b", "a"])
      registry.chain(["b", "c", "d", "b"])
    },
    LockScenario("a link to nothing", expected: ["missing-target a ghost"]) { registry in
      registry.service("a")
      registry.link("a", "ghost")
    },
    LockScenario(
      "ranges that nothing live satisfies",
      expected: ["unsatisfiable a b", "unsatisfiable a c", "unsatisfiable p r"]
    ) { registry in
      registry.service("a")
      registry.service("b", versions: ["1.0.0", "2.0.0"])
      registry.service("c")
      registry.service("e")
      registry.service("p", .planned)
      registry.service("r", versions: ["1.0.0"])
      registry.retire("r")
      registry.link("a", "b", "^3")
      registry.link("a", "c", "^1")
      registry.link("a", "e", "*")
      registry.link("p", "r")
    },
    LockScenario(
      "active services on retired things",
      expected: ["retired-dependency a b", "retired-dependency a r"]
    ) { registry in
      registry.service("a")
      registry.service("r", versions: ["1.0.0"])
      registry.retire("r")
      registry.service("b", versions: ["1.0.0", "2.0.0"])
      registry.retire("b@1.0.0")
      registry.link("a", "r")
      registry.link("a", "b", "^1")
    },
    LockScenario("a retired service's own links are history", expected: []) { registry in
      registry.service("old", .retired)
      registry.service("r", .retired, versions: ["1.0.0"])
      registry.link("old", "r", "^9")
    },
    LockScenario(
      "active services on deprecated things",
      expected: [
        "deprecated-dependency a d", "deprecated-dependency a v", "pinned-behind a v",
      ]
    ) { registry in
      registry.service("a")
      registry.service("x")
      registry.service("d", versions: ["1.0.0"])
      registry.deprecate("d", reason: "Moved to the cloud")
      registry.service("v", versions: ["1.0.0", "2.0.0"])
      registry.deprecate("v@1.0.0", reason: "Security support ended")
      registry.deprecate("x")
      registry.link("a", "d")
      registry.link("a", "v", "^1")
      registry.link("x", "d")
    },
    LockScenario(
      "deprecated past the sunset and still used",
      expected: [
        "deprecated-dependency a d", "deprecated-dependency a v",
        "deprecated-dependency b d", "deprecated-dependency c s",
        "sunset-passed d a b", "sunset-passed v a", "pinned-behind a v",
      ]
    ) { registry in
      for id in ["a", "b", "c"] { registry.service(id) }
      registry.service("d", versions: ["1.0.0"])
      registry.deprecate("d", sunset: "2025-06-30")
      registry.service("s", versions: ["1.0.0"])
      registry.deprecate("s", sunset: "2025-07-01")
      registry.service("v", versions: ["1.0.0", "2.0.0"])
      registry.deprecate("v@1.0.0", sunset: "2024-12-31")
      registry.link("a", "d")
      registry.link("b", "d")
      registry.link("c", "s")
      registry.link("a", "v", "^1")
    },
    LockScenario(
      "ranges behind the newest active version",
      expected: ["pinned-behind a b", "pinned-behind c b"]
    ) { registry in
      for id in ["a", "c", "e"] { registry.service(id) }
      registry.service("b", versions: ["1.2.0", "2.0.0"])
      registry.version("b", "3.0.0", .planned)
      registry.link("a", "b", "^1")
      registry.link("c", "b", "~1.2.0 || ^3")
      registry.link("e", "b", ">=1")
    },
    LockScenario(
      "replacements that loop or end in something retired",
      expected: ["replacement-loop x y", "replacement-loop z r"]
    ) { registry in
      for id in ["x", "y", "z", "w"] { registry.service(id, versions: ["1.0.0", "2.0.0"]) }
      registry.service("r", versions: ["1.0.0"])
      registry.deprecate("x", replacedBy: "y")
      registry.deprecate("y", replacedBy: "x")
      registry.deprecate("z", replacedBy: "r@1.0.0")
      registry.retire("r")
      registry.deprecate("w@1.0.0", replacedBy: "w@^2")
    },
    LockScenario(
      "a replacement chain is reported once, from its live head",
      expected: ["replacement-loop a b c"]
    ) { registry in
      for id in ["a", "b", "c"] { registry.service(id, versions: ["1.0.0"]) }
      registry.deprecate("a", replacedBy: "b")
      registry.deprecate("b", replacedBy: "c")
      registry.retire("c")
    },
    LockScenario(
      "a replacement naming a version that does not exist",
      expected: ["replacement-loop m n"]
    ) { registry in
      registry.service("m", versions: ["1.0.0"])
      registry.service("n", versions: ["1.0.0"])
      registry.deprecate("m", replacedBy: "n@^5")
    },
  ]

  @Test("each scenario reports exactly its findings, in order", arguments: scenarios)
  func scenarioFindings(_ scenario: LockScenario) {
    let findings = scenario.findings
    #expect(LockScenario.summary(findings) == scenario.expected)
    #expect(findings.allSatisfy { $0.severity == $0.code.severity })
    #expect(findings == findings.sorted(by: Finding.listedBefore))
  }

  @Test("a cycle names its loop and the link that breaks it")
  func cycleMessage() throws {
    let finding = try #require(LockFinderTests.scenarios[1].findings.first)
    #expect(finding.loop?.map(\.rawValue) == ["a", "b", "c", "a"])
    #expect(finding.breakingLinks.count == 1)
    let link = try #require(finding.breakingLinks.first)
    #expect(finding.message == "a -> b -> c -> a; removing the link \(link) breaks every loop")
    let selfLink = LockFinderTests.scenarios[1].findings[1]
    #expect(selfLink.message == "d depends on itself (d -> d); remove the link d -> d")
    #expect(selfLink.breakingLinks.map(\.description) == ["d -> d"])
  }

  @Test("a cycle over more services than its loop lists them all")
  func largerCycleMessage() throws {
    let finding = try #require(LockFinderTests.scenarios[2].findings.first)
    #expect(finding.loop?.map(\.rawValue) == ["a", "b", "a"])
    #expect(finding.breakingLinks.count == 2)
    #expect(
      finding.message.hasPrefix("a, b, c and d depend on each other, for example a -> b -> a;"))
  }

  @Test(
    "messages name the services and ranges",
    arguments: [
      (
        3, 0,
        "a links to ghost, which is not a registered service; register ghost or remove the link"
      ),
      (
        4, 0,
        "a needs b ^3, which matches no version of b that is not retired (it has 2.0.0, 1.0.0)"
      ),
      (4, 1, "a needs c ^1, but c has no versions recorded"),
      (
        4, 2,
        "p needs r *, which matches no version of r that is not retired (it has 1.0.0 (retired))"
      ),
      (
        5, 0,
        "a is active but its range ^1 for b selects only retired versions (the newest is 1.0.0); "
          + "b's newest active version is 2.0.0"
      ),
      (5, 1, "a is active but depends on r, which is retired"),
      (
        7, 0,
        "a depends on d, which is deprecated (Moved to the cloud); "
          + "d cannot retire while this link stays"
      ),
      (
        7, 1,
        "a depends on v ^1, which resolves to 1.0.0, a deprecated version "
          + "(Security support ended); v@1.0.0 cannot retire while this link stays"
      ),
      (7, 2, "a depends on v ^1, which leaves out v's newest active version 2.0.0"),
      (
        8, 4,
        "d was deprecated with sunset 2025-06-30, which has passed, yet a and b still depend on it"
      ),
      (
        8, 5,
        "v@1.0.0 was deprecated with sunset 2024-12-31, which has passed, yet a still depends on it"
      ),
      (
        10, 0,
        "the replacements go round in a loop: x is replaced by y, which is replaced by x; "
          + "point one of them at something that is not deprecated"
      ),
      (
        10, 1, "z is replaced by r@1.0.0, which is retired; point z's replacement at something live"
      ),
      (
        11, 0,
        "a is replaced by b, which is replaced by c, which is retired; "
          + "point a's replacement at something live"
      ),
      (
        12, 0,
        "m is replaced by n@^5, which does not exist; point m's replacement at something live"
      ),
    ])
  func messages(_ scenario: Int, _ index: Int, _ message: String) {
    let findings = LockFinderTests.scenarios[scenario].findings
    #expect(findings.indices.contains(index))
    guard findings.indices.contains(index) else { return }
    #expect(findings[index].message == message)
  }

  @Test("link findings carry their link; the order is the same every time")
  func linksAndDeterminism() {
    for scenario in LockFinderTests.scenarios {
      let first = scenario.findings
      #expect(first == scenario.findings)
      for finding in first
      where finding.code != .cycle && finding.code != .sunsetPassed
        && finding.code != .replacementLoop
      {
        #expect(finding.link.map { [$0.from, $0.to] } == finding.services)
      }
    }
  }
}
