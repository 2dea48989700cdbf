/// How big a consolidation opportunity a cluster is, for ordering: first the most units of one
/// kind (campuses, provincial offices, …) running the job each on their own, since peers are
/// what can share one application; then, among equals, the most names the job is registered
/// under within those peers (the most fragmented); then the most services, the highest score,
/// and the first service id.
struct ClusterRank: Sendable, Comparable {
  /// Units of the kind most represented in the cluster.
  var peerUnits: Int
  /// Distinct names (without owner and version words) among those units' services.
  var names: Int
  /// Services in the cluster.
  var services: Int
  /// The cluster's score.
  var score: Double
  /// The cluster's first service id.
  var first: String

  /// Whether `lhs` is the bigger opportunity (comes first).
  static func < (lhs: ClusterRank, rhs: ClusterRank) -> Bool {
    if lhs.peerUnits != rhs.peerUnits { return lhs.peerUnits > rhs.peerUnits }
    if lhs.names != rhs.names { return lhs.names > rhs.names }
    if lhs.services != rhs.services { return lhs.services > rhs.services }
    if lhs.score != rhs.score { return lhs.score > rhs.score }
    return lhs.first < rhs.first
  }
}
