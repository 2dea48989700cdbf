/// Pairwise precision and recall of a clustering against labels: a pair of services counts when
/// both are in one predicted cluster, and is right when both carry one label. Counted from the
/// cluster × label table, so a million services take a moment, not a million squared pairs.
struct PairwiseMetrics {
  /// Pairs predicted together that share a label.
  let truePairs: Int
  /// Pairs predicted together.
  let predictedPairs: Int
  /// Pairs that share a label.
  let labelledPairs: Int

  /// The share of predicted pairs that are right (1 when nothing is predicted).
  var precision: Double {
    predictedPairs == 0 ? 1 : Double(truePairs) / Double(predictedPairs)
  }

  /// The share of labelled pairs that are predicted (1 when nothing is labelled together).
  var recall: Double { labelledPairs == 0 ? 1 : Double(truePairs) / Double(labelledPairs) }

  /// Compares `clusters` (each a list of service indices; services in none are alone) with
  /// `labels` (one per service).
  init(clusters: [[Int]], labels: [Int]) {
    var cells: [Int: Int] = [:]
    var predicted = 0
    for (number, members) in clusters.enumerated() {
      predicted += members.count * (members.count - 1) / 2
      for member in members { cells[number << 32 | labels[member], default: 0] += 1 }
    }
    var byLabel: [Int: Int] = [:]
    for label in labels { byLabel[label, default: 0] += 1 }
    truePairs = cells.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
    predictedPairs = predicted
    labelledPairs = byLabel.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
  }
}
