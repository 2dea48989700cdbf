import DuplicateDetection
import Foundation
import RegistryModel

/// `svcreg-bench dups`: times duplicate detection on a synthetic estate (`DuplicateEstate`) and
/// prints its pairwise precision and recall against the estate's labels; `--names-out` writes the
/// names for another tool to cluster (scripts/bench-dups times rapidfuzz on them).
struct DuplicateBenchmark {
  /// The command line of `svcreg-bench dups`.
  struct Options {
    var services = 100_000
    var seed: UInt64 = 1
    var runs = 1
    var namesOut: String?
    var evalOut: String?

    init(_ arguments: [String]) throws {
      var rest = arguments[...]
      while let option = rest.popFirst() {
        guard let value = rest.popFirst() else {
          throw BenchOptions.UsageError(description: "\(option) needs a value")
        }
        switch option {
        case "--services": services = try BenchOptions.count(value, option)
        case "--runs": runs = try BenchOptions.count(value, option)
        case "--seed":
          guard let number = UInt64(value) else {
            throw BenchOptions.UsageError(description: "--seed needs a whole number")
          }
          seed = number
        case "--names-out": namesOut = value
        case "--eval-out": evalOut = value
        default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
        }
      }
    }

  }

  let options: Options

  /// Draws the estate, times the clustering and prints the results.
  func run() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let estate = DuplicateEstate(services: options.services, seed: options.seed)
    let registry = estate.registry
    let labelCount = Set(estate.labels.values).count
    print(
      "dups estate: \(registry.services.count) services in \(registry.units.count) units, "
        + "\(labelCount) labels, drawn in \(Timing.milliseconds(clock.now - start)) ms")
    if let path = options.namesOut {
      try (estate.lines.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: false, encoding: .utf8)
    }
    if let path = options.evalOut { try writeEvaluationSet(estate, to: path) }
    let finder = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
    var clusters: [DuplicateCluster] = []
    let cpu = DuplicateBenchmark.cpuSeconds()
    Timing(runs: options.runs).report("dups", "clusters") {
      clusters = finder.clusters(in: registry)
      return clusters.count
    }
    let used = (DuplicateBenchmark.cpuSeconds() - cpu) / Double(options.runs)
    print("dups cpu: \((used * 100).rounded() / 100) s of processor time per run (all threads)")
    let ids = registry.services.keys.sorted()
    var index: [ServiceID: Int] = [:]
    for (position, id) in ids.enumerated() { index[id] = position }
    let metrics = PairwiseMetrics(
      clusters: DuplicateEvaluation.partition(clusters, index),
      labels: ids.map { estate.labels[$0]! })
    print(
      "dups quality: precision \(rounded(metrics.precision)) recall \(rounded(metrics.recall)) "
        + "(\(metrics.predictedPairs) pairs predicted, \(metrics.labelledPairs) labelled)")
  }

  /// Writes the estate as an evaluation set (`path` and its `-units.tsv`), for `dups-eval`.
  private func writeEvaluationSet(_ estate: DuplicateEstate, to path: String) throws {
    var services = "id\tunit\tname\tdescription\ttags\turl\tcluster-label\n"
    for id in estate.registry.services.keys.sorted() {
      let service = estate.registry.services[id]!
      services +=
        [
          id.rawValue, service.unit.description, service.name, service.description ?? "",
          service.tags.joined(separator: " "), service.url ?? "", String(estate.labels[id]!),
        ].joined(separator: "\t") + "\n"
    }
    try services.write(toFile: path, atomically: false, encoding: .utf8)
    var units = "path\tlevel\tname\taliases\n"
    for unit in estate.registry.sortedUnits {
      units +=
        [
          unit.path.description, unit.level.rawValue, unit.name,
          unit.aliases.joined(separator: "|"),
        ].joined(separator: "\t") + "\n"
    }
    try units.write(
      toFile: String(path.dropLast(4)) + "-units.tsv", atomically: false, encoding: .utf8)
  }

  /// The processor time this process has used so far, user and system, in seconds.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }

  private func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
