import DuplicateDetection

/// What `dups` found: clusters of services that do the same job, biggest opportunity first.
struct DuplicateReport {
  /// The clusters.
  var clusters: [DuplicateCluster]
  /// The least score a cluster needed.
  var threshold: Double
}
