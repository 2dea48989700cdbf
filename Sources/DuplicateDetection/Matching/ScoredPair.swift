/// Two services (indices into the profiles, `first < second`) and their score: an edge of the
/// duplicate graph.
struct ScoredPair: Sendable, Hashable {
  /// The service with the smaller index.
  var first: Int32
  /// The service with the larger index.
  var second: Int32
  /// How likely they do the same job, from 0 to 1.
  var score: Double
  /// Whether they are the same service registered twice (same URL, or same name in one unit).
  var certain: Bool
  /// Whether they join without their names being alike: two services described by the very
  /// same text.
  var describedAlike = false
}
