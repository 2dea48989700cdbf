/// Turns scored edges into clusters: strongest edges first (certain ones before all), each
/// joining two clusters only if their leaders' names are still alike (the coherence check), so
/// that one service resembling two unrelated groups cannot chain them together; a cluster's
/// leader is its member with the commonest core. O(e log e) for e edges.
struct ClusterAssembler {
  /// A group of services found to duplicate each other.
  struct Component: Sendable {
    /// The services, ascending.
    var members: [Int32]
    /// The mean score of the edges that joined it.
    var score: Double
    /// Whether every join was certain.
    var certain: Bool
  }

  let scorer: PairScorer
  let threshold: Double
  /// For each service, how many services share its core.
  let signatureSizes: [Int32]
  /// For each service, the first service described by the same text, or -1.
  var descriptionKeys: [Int32] = []

  /// The clusters of two or more services the edges make, each with its members ascending,
  /// in order of their first member.
  func components(_ edges: [ScoredPair], count: Int) -> [Component] {
    let ordered = edges.sorted {
      if $0.certain != $1.certain { return $0.certain }
      if $0.score != $1.score { return $0.score > $1.score }
      return $0.first != $1.first ? $0.first < $1.first : $0.second < $1.second
    }
    var sets = DisjointSets(count: count)
    let coherence = ScoreModel.nameFloor(threshold)
    // Locals, so that the closure below captures an array rather than a copy of `self`.
    let sizes = signatureSizes
    for edge in ordered {
      let one = sets.find(edge.first)
      let other = sets.find(edge.second)
      if one == other { continue }
      let leaders = (Int(sets.leader[Int(one)]), Int(sets.leader[Int(other)]))
      if edge.describedAlike {
        // One sentence joins two clusters only when their leaders are described by it too:
        // else a service named for one job and described as another chains the two families.
        let described =
          descriptionKeys[leaders.0] >= 0
          && descriptionKeys[leaders.0] == descriptionKeys[leaders.1]
        if !described { continue }
      } else if !edge.certain {
        let similarity = scorer.nameSimilarity(leaders.0, leaders.1)
        if similarity < coherence { continue }
      }
      sets.union(roots: one, other, score: edge.score, certain: edge.certain) {
        // The leader is the member whose core most services share: the cluster's typical name,
        // not whichever service a certain edge happened to bring in first.
        let left = sizes[Int($0)]
        let right = sizes[Int($1)]
        return left != right ? left > right : $0 < $1
      }
    }
    // Only services some edge touches can be in a cluster; visiting them in order keeps each
    // cluster's members ascending and the clusters in order of their first member.
    var touched: [Int32] = []
    touched.reserveCapacity(edges.count * 2)
    for edge in edges {
      touched.append(edge.first)
      touched.append(edge.second)
    }
    touched.sort()
    var byRoot = [Int32](repeating: -1, count: count)
    var components: [Component] = []
    var previous: Int32 = -1
    for service in touched where service != previous {
      previous = service
      let root = sets.find(service)
      guard sets.size(ofRoot: root) > 1 else { continue }
      if byRoot[Int(root)] >= 0 {
        components[Int(byRoot[Int(root)])].members.append(service)
      } else {
        byRoot[Int(root)] = Int32(components.count)
        let joins = Double(sets.joins[Int(root)])
        components.append(
          Component(
            members: [service], score: sets.scoreSum[Int(root)] / joins,
            certain: sets.uncertainJoins[Int(root)] == 0))
      }
    }
    return components
  }
}
