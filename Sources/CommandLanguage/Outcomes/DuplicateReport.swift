import DuplicateDetection

/// What `dups` found: clusters of services that do the same job, biggest opportunity first.
struct DuplicateReport {
  /// The clusters.
  var clusters: [DuplicateCluster]
  /// The least score a cluster needed.
  var threshold: Double
  /// Whether the clusters are every cluster at the registry's own threshold, so that each
  /// shows the number `plan consolidate N` names it by.
  var numbered = false
}
