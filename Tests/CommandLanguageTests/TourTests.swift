import Foundation
import TestSupport
import Testing

/// Runs the README's tour, exactly as written there, against a copy of the bundled registry and
/// checks its answers: if the README or the sample drifts, this fails.
@Suite struct TourTests {
  static let top = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shell lines between `<!-- tour -->` and `<!-- /tour -->` in the README.
  static func tourLines() throws -> [String] {
    let readme = try String(
      contentsOf: top.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "<!-- tour -->"))
    let end = try #require(readme.range(of: "<!-- /tour -->"))
    return readme[start.upperBound..<end.lowerBound]
      .split(separator: "\n").map(String.init)
      .filter { $0.contains("scripts/svcreg") }
  }

  /// Runs one tour line with `scripts/svcreg` standing for the built binary on `registry`.
  static func run(_ line: String, registry: String, in folder: String) throws
    -> ChildProcess.Outcome
  {
    let command = line.replacingOccurrences(
      of: "scripts/svcreg", with: "\"$SVCREG\" --registry \"$TOUR_REGISTRY\"")
    return try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"), ["-c", command],
      environment: [
        "SVCREG": BuiltProducts.svcreg.path, "TOUR_REGISTRY": registry,
        "SVCREG_TODAY": "2026-11-29",
      ],
      currentDirectory: folder)
  }

  @Test func theTourWorksAsWritten() throws {
    let folder = TemporaryDirectory(prefix: "svcreg-tour")
    defer { folder.remove() }
    let registry = folder.file("registry")
    try FileManager.default.copyItem(
      atPath: Self.top.appendingPathComponent("registry").path, toPath: registry)
    try? FileManager.default.removeItem(atPath: "\(registry)/.svcreg")
    let lines = try Self.tourLines()
    #expect(lines.count == 8)
    var outputs: [String: ChildProcess.Outcome] = [:]
    for line in lines {
      let words = line.split(separator: " ")
      let key = line.hasPrefix("printf") ? "batch" : String(words[1])
      outputs[key] = try Self.run(line, registry: registry, in: folder.path)
    }

    let stats = try #require(outputs["stats"])
    #expect(stats.status == 0)
    #expect(stats.output.contains("services  2279  (2258 own, 21 external)"))
    #expect(stats.output.contains("by group: external 21, kanwil 498, ptkn 1604, pusat 156"))

    let dups = try #require(outputs["dups"])
    #expect(dups.status == 0, "\(dups.errorOutput)")
    let firstCluster = dups.output.components(separatedBy: "\n\n").first ?? ""
    #expect(firstCluster.hasPrefix("1. sistem informasi akademik: "))
    let academic = ["siakad-", "simak-", "sia-", "eakademik-", "akademik-", "academic-", "ais-"]
    let academicIDs = firstCluster.split(whereSeparator: {
      !$0.isLetter && $0 != "-" && !$0.isNumber
    })
    .filter { word in academic.contains { word.hasPrefix($0) } }
    #expect(Set(academicIDs).count >= 40, "\(firstCluster)")

    let check = try #require(outputs["check"])
    #expect(check.status == 1)
    for expected in [
      "[cycle] ekinerja-uin-walisongo -> simpeg-uin-walisongo -> ekinerja-uin-walisongo",
      "[cycle] pmb-uin-alauddin", "[cycle] ptsp-jawa-tengah",
      "[missing-target] aset-iain-kendari links to simak-bmn",
      "[unsatisfiable] simpeg-uin-surabaya needs sister ^5",
      "[retired-dependency] monitoring-ppiu-sumatera-utara",
      "[retired-dependency] tracer-uin-mataram",
      "[sunset-passed] simkah-web", "[deprecated-dependency] pusaka depends on siskohat",
      "[pinned-behind] e-rkam depends on emis ^3", "[pinned-behind] lms-uin-malang",
      "[replacement-loop]", "[duplicate]",
    ] {
      #expect(check.output.contains(expected), "missing: \(expected)")
    }

    let why = try #require(outputs["why"])
    #expect(
      why.output.hasPrefix(
        "siakad-uin-jakarta\n  -> efinansi-uin-jakarta asks any version, satisfied by 4.3.0 (payment)\n  -> sakti asks ^2"
      ))

    let rdeps = try #require(outputs["rdeps"])
    #expect(rdeps.output.contains("kua-jawa-barat"))
    #expect(rdeps.output.contains("simbi"))

    let plan = try #require(outputs["plan"])
    #expect(plan.status == 0, "\(plan.errorOutput)")
    #expect(plan.output.hasPrefix("# Plan: consolidate 3 services into siakad-uin-jakarta\n"))
    #expect(plan.output.contains("| Waves | 7 |"))
    #expect(plan.output.contains("0 introduced"))

    let batch = try #require(outputs["batch"])
    #expect(batch.status == 0, "\(batch.errorOutput)")
    #expect(batch.output.contains("deprecated pusaka (in batch)"))
    #expect(batch.output.contains("rolled back"))
    let pusaka = try String(
      contentsOfFile: "\(registry)/services/pusat/setjen/pusaka.toml", encoding: .utf8)
    #expect(pusaka.contains("lifecycle = \"active\""))
    #expect(Self.journal(registry).isEmpty)

    let export = try #require(outputs["export"])
    #expect(export.status == 0, "\(export.errorOutput)")
    let svg = try String(contentsOfFile: folder.file("uin-jakarta.svg"), encoding: .utf8)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("eFinansi UIN Jakarta"))
  }

  /// The journal lines of `registry`, which a rolled-back batch must not have added to.
  static func journal(_ registry: String) -> [Substring] {
    ((try? String(contentsOfFile: "\(registry)/journal.log", encoding: .utf8)) ?? "")
      .split(separator: "\n")
  }
}
