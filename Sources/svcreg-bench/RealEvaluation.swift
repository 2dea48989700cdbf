import DuplicateDetection
import RegistryModel
import TestSupport

/// `svcreg-bench dups-real [--min-score S] [--report] [--corpus NAME]`: duplicate detection on
/// the real inventories (`RealCorpus`), imported as an administrator would import them, scored
/// against labels made by someone who never read the detector: pairwise precision and recall
/// per corpus and over all pairs of all corpora, at the default threshold (or S). `--report`
/// lists, per corpus, the clusters that mix labels and the labels split over clusters.
struct RealEvaluation {
  let minimumScore: Double?
  let report: Bool
  let corpus: String?

  func run() throws {
    let corpora = try RealCorpus.all().filter { corpus == nil || $0.name == corpus }
    print("corpus               services  pairs  precision  recall  found  right")
    var total = (predicted: 0, right: 0, labelled: 0, services: 0)
    for corpus in corpora {
      let finder = DuplicateFinder(
        settings: corpus.registry.settings.duplicates, units: corpus.registry.units)
      let clusters = finder.clusters(in: corpus.registry, minimumScore: minimumScore)
      var index: [ServiceID: Int] = [:]
      for (position, id) in corpus.ids.enumerated() { index[id] = position }
      let metrics = PairwiseMetrics(
        clusters: DuplicateEvaluation.partition(clusters, index), labels: corpus.labels)
      total.predicted += metrics.predictedPairs
      total.right += metrics.truePairs
      total.labelled += metrics.labelledPairs
      total.services += corpus.ids.count
      print(
        row(
          corpus.name, corpus.ids.count, metrics.labelledPairs, metrics.precision, metrics.recall,
          metrics.predictedPairs, metrics.truePairs))
      if report { printReport(clusters, corpus, index) }
    }
    let precision = total.predicted == 0 ? 1 : Double(total.right) / Double(total.predicted)
    let recall = total.labelled == 0 ? 1 : Double(total.right) / Double(total.labelled)
    print(
      row(
        "all", total.services, total.labelled, precision, recall, total.predicted, total.right))
  }

  private func row(
    _ name: String, _ services: Int, _ pairs: Int, _ precision: Double, _ recall: Double,
    _ found: Int, _ right: Int
  ) -> String {
    pad(name, 20) + " " + pad(String(services), 8, left: true) + "  "
      + pad(String(pairs), 5, left: true) + "  " + pad(fixed(precision), 9, left: true) + "  "
      + pad(fixed(recall), 6, left: true) + "  " + pad(String(found), 5, left: true) + "  "
      + pad(String(right), 5, left: true)
  }

  private func printReport(
    _ clusters: [DuplicateCluster], _ corpus: RealCorpus, _ index: [ServiceID: Int]
  ) {
    func shown(_ id: ServiceID) -> String {
      let service = corpus.registry.services[id]!
      let description = service.description.map { " — " + String($0.prefix(50)) } ?? ""
      return "\(id) \(service.name) [\(service.unit)]\(description)"
    }
    var clusterOf: [Int: Int] = [:]
    print("\n-- \(corpus.name): clusters that mix labels")
    for (number, cluster) in clusters.enumerated() {
      var byLabel: [Int: [ServiceID]] = [:]
      for id in cluster.services {
        clusterOf[index[id]!] = clusterOf[index[id]!] ?? number
        byLabel[corpus.labels[index[id]!], default: []].append(id)
      }
      guard byLabel.count > 1 else { continue }
      print("cluster \(number) '\(cluster.label)' \(cluster.evidence.map(\.description)):")
      for ids in byLabel.values.sorted(by: { $0.count > $1.count }) {
        print("   \(ids.count): " + ids.prefix(4).map(shown).joined(separator: "; "))
      }
    }
    print("\n-- \(corpus.name): labels split over clusters (cluster: services; - for none)")
    var byLabel: [Int: [Int]] = [:]
    for (position, label) in corpus.labels.enumerated() {
      byLabel[label, default: []].append(position)
    }
    for members in byLabel.values.sorted(by: { $0.count > $1.count }) where members.count > 1 {
      var parts: [String: [Int]] = [:]
      for member in members {
        parts[clusterOf[member].map(String.init) ?? "-", default: []].append(member)
      }
      guard parts.count > 1 else { continue }
      print("label of row \(corpus.ids[members[0]]) (\(members.count)):")
      for (cluster, part) in parts.sorted(by: { $0.value.count > $1.value.count }) {
        print(
          "   \(cluster): \(part.count): "
            + part.prefix(5).map { shown(corpus.ids[$0]) }.joined(separator: "; "))
      }
    }
    print("")
  }

  private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? padding + text : text + padding
  }

  private func fixed(_ value: Double) -> String {
    let scaled = Int((value * 10_000).rounded())
    let fraction = String(scaled % 10_000)
    return "\(scaled / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
