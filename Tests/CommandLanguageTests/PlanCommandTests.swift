import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// `plan`: the bundled registry's largest cluster planned, written as a script, applied with
/// `run --atomic` and checked; the tour's plan against its golden files; what-if in a batch.
@Suite(.serialized) struct PlanCommandTests {
  static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../registry").standardizedFileURL.path
  static let golden = GoldenFiles(resources: Bundle.module.resourceURL)

  let folder = TemporaryDirectory()

  /// A session on a copy of the bundled registry, on a fixed day.
  func bundledCopy() throws -> Session {
    let path = folder.file("registry")
    try FileManager.default.copyItem(atPath: Self.bundled, toPath: path)
    try? FileManager.default.removeItem(atPath: "\(path)/.svcreg")
    var options = SessionOptions(registryPath: path, actor: "planner")
    options.today = try CalendarDate(validating: "2026-11-29")
    options.paging = false
    return try Session(options: options)
  }

  /// The error findings `check --json` reports, as `code: services`.
  func errorFindings(_ session: inout Session) throws -> Set<String> {
    let result = session.execute(words: ["check", "--json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    let findings = try #require(document["findings"] as? [[String: Any]])
    return Set(
      findings.filter { $0["severity"] as? String == "error" }.map {
        "\($0["code"]!): \(($0["services"] as? [String] ?? []).joined(separator: ","))"
      })
  }

  @Test func theLargestClusterOfTheBundledRegistryAppliesWithNoNewErrors() throws {
    var session = try bundledCopy()
    let before = try errorFindings(&session)
    let script = folder.file("plan.svc")
    let plan = session.execute(words: [
      "plan", "consolidate", "1", "--sunset", "2026-12-31", "--wave-size", "100", "-o", script,
    ])
    #expect(plan.exitStatus == 0, "\(plan.errorOutput)")
    #expect(plan.output.hasPrefix("plan: consolidate 58 services into siakad-uin-jakarta"))
    #expect(plan.errorOutput == "wrote \(script); apply it with: run --atomic \(script)\n")
    let applied = session.execute(words: ["run", "--atomic", script])
    #expect(applied.exitStatus == 0, "\(applied.errorOutput)")
    let after = try errorFindings(&session)
    #expect(after.subtracting(before).isEmpty, "\(after.subtracting(before))")
    // Nothing active depends on what was retired, and the keeper has everything.
    let rdeps = session.execute(words: ["list", "--lifecycle", "retired", "--no-header"])
    #expect(rdeps.output.split(separator: "\n").count >= 57)
    let again = session.execute(words: [
      "plan", "consolidate", "siakad-uin-jakarta", "sia-uin-bandung",
    ])
    #expect(again.output.contains("no service depends on what goes; nothing moves"))
  }

  @Test func theToursPlanMatchesItsGoldenFiles() throws {
    var session = try bundledCopy()
    let words = [
      "plan", "consolidate", "siakad-uin-jakarta", "sia-uin-bandung", "siakad-uin-banten",
      "--sunset", "2026-12-31", "--wave-size", "4",
    ]
    for (format, file) in [("text", "plan-tour.txt"), ("markdown", "plan-tour.md")] {
      let result = session.execute(words: words + ["--format", format])
      #expect(result.exitStatus == 0, "\(result.errorOutput)")
      try Self.golden.expect(Array(result.output.utf8), matches: file)
    }
    let script = folder.file("tour.svc")
    _ = session.execute(words: words + ["-o", script])
    try Self.golden.expect(
      Array(try String(contentsOfFile: script, encoding: .utf8).utf8), matches: "plan-tour.svc")
    let ambiguous = session.execute(words: ["plan", "consolidate", "penerimaan mahasiswa baru"])
    #expect(ambiguous.errorOutput.contains("labels clusters"), "\(ambiguous.errorOutput)")
    let json = session.execute(words: words + ["--json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(document["target"] as? String == "siakad-uin-jakarta")
    #expect((document["waves"] as? [Any])?.isEmpty == false)
  }

  /// A session on a small new registry: `keep` (2.0.0) and `go` (1.0.0) do one job, `a` and
  /// `b` depend on `go`, `go` on `keep`.
  func small() throws -> Session {
    let path = folder.file("small")
    var options = SessionOptions(registryPath: path, actor: "planner")
    options.today = try CalendarDate(validating: "2026-11-29")
    var session = try Session(options: options)
    for words in [
      ["init", path], ["add-unit", "ptkn/a", "--name", "A"], ["add-unit", "ptkn/b", "--name", "B"],
      ["register", "keep", "--name", "SIAKAD", "--unit", "ptkn/a"],
      ["register", "go", "--name", "SIA", "--unit", "ptkn/b"],
      ["register", "a", "--name", "KRS", "--unit", "ptkn/b"],
      ["register", "b", "--name", "LMS", "--unit", "ptkn/b"],
      ["version", "keep", "2.0.0"], ["version", "go", "1.0.0"],
      ["link", "a", "go", "--range", "^1"],
      ["link", "b", "go", "--kind", "auth"], ["link", "a", "b"],
    ] {
      let result = session.execute(words: words)
      #expect(result.exitStatus == 0, "\(words): \(result.errorOutput)")
    }
    return session
  }

  @Test func inABatchThePlanSeesTheBatchAndRollbackForgetsIt() throws {
    var session = try small()
    let plain = session.execute(words: ["plan", "consolidate", "keep", "go", "--keep", "keep"])
    #expect(plain.exitStatus == 0, "\(plain.errorOutput)")
    // b moves before a, which depends on it.
    #expect(plain.output.contains("2. wave 1: 1 service, 1 link\n     b (ptkn/b): go -> keep *"))
    #expect(
      plain.output.contains("3. wave 2: 1 service, 1 link\n     a (ptkn/b): go -> keep ^2.0.0"))
    #expect(session.execute(words: ["begin"]).exitStatus == 0)
    #expect(
      session.execute(words: ["register", "c", "--name", "Baru", "--unit", "ptkn/b"]).exitStatus
        == 0)
    #expect(session.execute(words: ["link", "c", "go"]).exitStatus == 0)
    let inBatch = session.execute(words: ["plan", "consolidate", "keep", "go", "--keep", "keep"])
    #expect(inBatch.output.contains("c (ptkn/b): go -> keep"))
    #expect(session.execute(words: ["rollback"]).exitStatus == 0)
    let after = session.execute(words: ["plan", "consolidate", "keep", "go", "--keep", "keep"])
    #expect(after.output == plain.output)
  }

  @Test func aPlanThatCannotBeAppliedIsNotWrittenAndSaysWhy() throws {
    var session = try small()
    // A service that is not deprecated names no replacement.
    let script = folder.file("retire.svc")
    let result = session.execute(words: ["plan", "retire", "go", "-o", script])
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains("go is not deprecated, so it names no replacement"))
    #expect(!FileManager.default.fileExists(atPath: script))
    let shown = session.execute(words: ["plan", "retire", "go"])
    #expect(shown.exitStatus == 1)
    #expect(shown.output.contains("a (ptkn/b): go -> (no replacement)"))
    // Once deprecated with a replacement, retiring it moves its dependents there.
    #expect(
      session.execute(words: ["deprecate", "go", "--reason", "old", "--replaced-by", "keep"])
        .exitStatus == 0)
    let retire = session.execute(words: ["plan", "retire", "go", "-o", script])
    #expect(retire.exitStatus == 0, "\(retire.errorOutput)")
    #expect(session.execute(words: ["run", "--atomic", script]).exitStatus == 0)
    #expect(session.execute(words: ["show", "go"]).output.contains("lifecycle:   retired"))
    let unknown = session.execute(words: ["plan", "consolidate", "no such cluster"])
    #expect(unknown.exitStatus == 1)
    #expect(unknown.errorOutput.contains("is neither a service nor the label of a cluster"))
    let missing = session.execute(words: ["plan", "consolidate", "keep", "x"])
    #expect(missing.errorOutput.contains("no service 'x'"))
    let usage = session.execute(words: ["plan", "retire", "go", "--keep", "keep"])
    #expect(usage.exitStatus == 2)
    let format = session.execute(words: ["plan", "retire", "go", "--format", "xml"])
    #expect(format.exitStatus == 2)
    #expect(format.errorOutput.contains("(see 'help plan')"), "\(format.errorOutput)")
  }
}
