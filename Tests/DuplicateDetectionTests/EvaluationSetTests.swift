import Foundation
import RegistryModel
import Testing

@testable import DuplicateDetection

/// The labelled evaluation set (`Fixtures/dups-eval.tsv`, from `scripts/generate-dups-eval`):
/// pairwise precision and recall at the default threshold stay at or above 0.95.
@Suite struct EvaluationSetTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The services and units of the set, and each service's label.
  static func load() throws -> (registry: Registry, labels: [ServiceID: String]) {
    var registry = Registry(settings: RegistrySettings(name: "evaluation"))
    let units = try String(
      contentsOf: fixtures.appendingPathComponent("dups-eval-units.tsv"), encoding: .utf8)
    for line in units.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let path = try UnitPath(validating: fields[0])
      registry.units[path] = Unit(
        path: path, name: fields[2], level: try UnitLevel(validating: fields[1]),
        aliases: fields[3].split(separator: "|").map(String.init))
    }
    var labels: [ServiceID: String] = [:]
    let services = try String(
      contentsOf: fixtures.appendingPathComponent("dups-eval.tsv"), encoding: .utf8)
    for line in services.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let id = try ServiceID(validating: fields[0])
      registry.services[id] = Service(
        id: id, unit: try UnitPath(validating: fields[1]), name: fields[2],
        tags: fields[4].split(separator: " ").map(String.init),
        url: fields[5].isEmpty ? nil : fields[5], description: fields[3].isEmpty ? nil : fields[3])
      labels[id] = fields[6]
    }
    return (registry, labels)
  }

  @Test("the set holds at least 3,000 labelled services")
  func size() throws {
    let (registry, labels) = try Self.load()
    #expect(registry.services.count >= 3_000)
    #expect(Set(labels.values).count < labels.count)
  }

  @Test("pairwise precision and recall at the default threshold are at least 0.95")
  func precisionAndRecall() throws {
    let (registry, labels) = try Self.load()
    let clusters = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
      .clusters(in: registry)
    var seen = Set<ServiceID>()
    var predicted = 0
    var right = 0
    for cluster in clusters where !cluster.services.allSatisfy({ seen.contains($0) }) {
      seen.formUnion(cluster.services)
      predicted += cluster.services.count * (cluster.services.count - 1) / 2
      var byLabel: [String: Int] = [:]
      for id in cluster.services { byLabel[labels[id]!, default: 0] += 1 }
      right += byLabel.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    }
    var sizes: [String: Int] = [:]
    for label in labels.values { sizes[label, default: 0] += 1 }
    let labelled = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    let precision = Double(right) / Double(predicted)
    let recall = Double(right) / Double(labelled)
    #expect(precision >= 0.95, "precision \(precision)")
    #expect(recall >= 0.95, "recall \(recall)")
  }
}
