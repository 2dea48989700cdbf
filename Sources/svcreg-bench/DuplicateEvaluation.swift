import DuplicateDetection
import RegistryModel

/// `svcreg-bench dups-eval FILE [--min-score S] [--report]`: runs duplicate detection on a
/// labelled evaluation set and prints pairwise precision and recall at the default threshold and
/// at the others of the trade-off table (or only at S); `--report` adds, at the default or given
/// threshold, the clusters that mix labels and the labels split over clusters.
struct DuplicateEvaluation {
  /// The thresholds of the trade-off table.
  static let thresholds = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]

  let path: String
  let minimumScore: Double?
  let report: Bool

  /// Runs the evaluation and prints the table.
  func run() throws {
    let set = try EvaluationSet(path: path)
    var sizes: [Int: Int] = [:]
    for label in set.labels { sizes[label, default: 0] += 1 }
    let pairs = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    print(
      "dups-eval: \(set.ids.count) services, \(sizes.count) labels, \(pairs) duplicate pairs "
        + "(\(path))")
    print("threshold  precision  recall  clusters  ms")
    let finder = DuplicateFinder(
      settings: set.registry.settings.duplicates, units: set.registry.units)
    var index: [ServiceID: Int] = [:]
    for (position, id) in set.ids.enumerated() { index[id] = position }
    let defaultScore = 0.6
    for threshold in minimumScore.map({ [$0] }) ?? DuplicateEvaluation.thresholds {
      let clock = ContinuousClock()
      let start = clock.now
      let clusters = finder.clusters(in: set.registry, minimumScore: threshold)
      let elapsed = Timing.milliseconds(clock.now - start)
      let groups = DuplicateEvaluation.partition(clusters, index)
      let metrics = PairwiseMetrics(clusters: groups, labels: set.labels)
      let marker = threshold == defaultScore ? "  (default)" : ""
      print(
        pad(String(format2(threshold)), 9) + "  " + pad(format4(metrics.precision), 9) + "  "
          + pad(format4(metrics.recall), 6) + "  " + pad(String(clusters.count), 8) + "  "
          + String(Int(elapsed)) + marker)
      if report && threshold == (minimumScore ?? defaultScore) {
        printReport(clusters, set, index)
      }
    }
  }

  /// The clusters as a partition: a certain group also listed inside a larger cluster counts
  /// once, in the larger one.
  static func partition(_ clusters: [DuplicateCluster], _ index: [ServiceID: Int]) -> [[Int]] {
    var seen = Set<Int>()
    var groups: [[Int]] = []
    for cluster in clusters {
      let members = cluster.services.map { index[$0]! }
      if members.allSatisfy({ seen.contains($0) }) { continue }
      seen.formUnion(members)
      groups.append(members)
    }
    return groups
  }

  private func printReport(
    _ clusters: [DuplicateCluster], _ set: EvaluationSet, _ index: [ServiceID: Int]
  ) {
    var names: [Int: String] = [:]
    for (position, id) in set.ids.enumerated() {
      names[set.labels[position]] = names[set.labels[position]] ?? id.rawValue
    }
    var labelText: [Int: String] = [:]
    for (position, id) in set.ids.enumerated() {
      labelText[set.labels[position]] = labelText[set.labels[position]] ?? ""
      _ = id
    }
    print("\n-- clusters that mix labels (label: services)")
    var clusterOf: [Int: Int] = [:]
    for (number, cluster) in clusters.enumerated() {
      var counts: [Int: [String]] = [:]
      for id in cluster.services {
        let position = index[id]!
        clusterOf[position] = number
        counts[set.labels[position], default: []].append(id.rawValue)
      }
      if counts.count > 1 {
        print("cluster \(number) '\(cluster.label)' score \(cluster.score):")
        for (_, ids) in counts.sorted(by: { $0.value.count > $1.value.count }) {
          let names = ids.prefix(4).map { "\($0) [\(set.registry.services[ServiceID($0)!]!.name)]" }
          print("   \(ids.count): " + names.joined(separator: "; "))
        }
      }
    }
    print("\n-- labels split over clusters (cluster: services; - for none)")
    var byLabel: [Int: [Int]] = [:]
    for (position, label) in set.labels.enumerated() {
      byLabel[label, default: []].append(position)
    }
    for (_, members) in byLabel.sorted(by: { $0.value.count > $1.value.count })
    where members.count > 1 {
      var parts: [String: [Int]] = [:]
      for member in members {
        parts[clusterOf[member].map(String.init) ?? "-", default: []].append(member)
      }
      if parts.count > 1 {
        print("label of \(set.ids[members[0]]) (\(members.count)):")
        for (cluster, part) in parts.sorted(by: { $0.value.count > $1.value.count }) {
          let names = part.prefix(5).map { set.registry.services[set.ids[$0]]!.name }
          print("   \(cluster): \(part.count): " + names.joined(separator: "; "))
        }
      }
    }
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private func format2(_ value: Double) -> String { fixed(value, 2) }
  private func format4(_ value: Double) -> String { fixed(value, 4) }

  private func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    let whole = scaled / Int(scale)
    let fraction = String(scaled % Int(scale))
    return "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }
}
