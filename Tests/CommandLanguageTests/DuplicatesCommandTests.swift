import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// `dups` on a copy of the bundled registry (the Kemenag estate): the campus academic systems
/// are one cluster, and EMIS registered twice is a certain duplicate.
@Suite struct DuplicatesCommandTests {
  static let top = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The descriptions the sample generator gives the 58 campus academic systems.
  static let academicDescriptions: Set<String> = [
    "Course registration (KRS), grades and transcripts.",
    "Pengelolaan KRS, nilai, KHS dan transkrip mahasiswa.",
    "Sistem akademik terpadu: perkuliahan, nilai, kelulusan; sinkron ke PDDikti.",
    "Academic records from enrolment to graduation.",
  ]

  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = TemporaryDirectory(prefix: "svcreg-dups")
    let registry = folder.file("registry")
    try FileManager.default.copyItem(
      atPath: Self.top.appendingPathComponent("registry").path, toPath: registry)
    try? FileManager.default.removeItem(atPath: "\(registry)/.svcreg")
    session = try Session(options: SessionOptions(registryPath: registry, actor: "tester"))
  }

  /// The clusters `line` prints as JSON.
  mutating func clusters(_ line: String) throws -> [[String: Any]] {
    let result = session.execute(line: line)
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(Array(document.keys) == ["clusters"])
    return try #require(document["clusters"] as? [[String: Any]])
  }

  @Test mutating func academicSystemsAreOneClusterAndEMISIsCertain() throws {
    let registry = try RegistryStore.open(at: folder.file("registry")).registry
    let academic = Set(
      registry.services.values.filter {
        $0.unit.root == "ptkn" && Self.academicDescriptions.contains($0.description ?? "")
      }.map(\.id.rawValue))
    #expect(academic.count == 58)

    let clusters = try clusters("dups --json")
    // Numbered from 1, as 'plan consolidate N' names them.
    for (index, cluster) in clusters.enumerated() {
      #expect(
        Set(cluster.keys) == [
          "number", "services", "score", "certain", "evidence", "units", "label",
        ])
      #expect(cluster["number"] as? Int == index + 1)
    }
    let holding = clusters.map { cluster in
      (cluster, (cluster["services"] as? [String] ?? []).filter(academic.contains).count)
    }
    let (largest, count) = try #require(holding.max { $0.1 < $1.1 })
    #expect(count >= 50, "the largest cluster holds \(count) of the 58 academic systems")
    #expect(largest["label"] as? String == "sistem informasi akademik")
    #expect((largest["units"] as? [String])?.count ?? 0 >= 50)

    let emis = try #require(
      clusters.first { ($0["services"] as? [String]) == ["emis", "emis-4"] })
    #expect(emis["certain"] as? Bool == true)
    let evidence = emis["evidence"] as? [[String: Any]] ?? []
    #expect(
      evidence.contains {
        $0["kind"] as? String == "sameURL" && $0["url"] as? String == "emis.kemenag.go.id"
      })
  }

  @Test mutating func textReportAndOptions() throws {
    let text = session.execute(line: "dups").output
    #expect(text.contains("sistem informasi akademik: 58 services in 58 units"))
    #expect(text.contains("CERTAIN"))
    #expect(text.contains("SIAKAD = sistem informasi akademik"))

    // A filtered list is not numbered: its positions are not the numbers plan reads.
    #expect(!session.execute(line: "dups --unit ptkn/uin-jakarta").output.hasPrefix("1. "))
    for cluster in try clusters("dups --unit ptkn/uin-jakarta --min-score 0.8 --json") {
      #expect(cluster["number"] == nil)
      let units = cluster["units"] as? [String] ?? []
      #expect(units.contains("ptkn/uin-jakarta"))
      #expect((cluster["score"] as? Double ?? 0) >= 0.8)
    }
    let wrong = session.execute(line: "dups --min-score 2")
    #expect(wrong.exitStatus == 2)
    #expect(wrong.errorOutput.contains("--min-score"))
    #expect(session.execute(line: "help").output.contains("dups"))
  }
}
