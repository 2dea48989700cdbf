extension DependencyGraph {
  /// The largest group of services for which `breakingEdges(in:)` finds a minimum set by exact
  /// search rather than by the Eades–Lin–Smyth heuristic.
  public static let exactCycleBreakingLimit = 16

  /// Links among `members` (ascending vertices, usually one strongly connected component) whose
  /// removal leaves no loop among them, in edge order; self-links are always included.
  ///
  /// Up to `exactCycleBreakingLimit` services the set is a minimum one, found by a dynamic
  /// programme over vertex orderings, O(2^k · k) for k services. Above it, the Eades–Lin–Smyth
  /// ordering gives a small set in O(k + e) for e links, and links that can be kept without
  /// closing a loop are then put back while the work stays within a fixed budget.
  public func breakingEdges(in members: [Int]) -> [Edge] {
    let local = LocalSubgraph(graph: self, members: members)
    let position =
      members.count <= Self.exactCycleBreakingLimit
      ? local.minimumBackwardOrdering() : local.eadesLinSmythOrdering()
    var removed: [Int] = []
    var kept: [Int] = []
    for (offset, link) in local.links.enumerated() {
      if link.from == link.to || position[link.to] < position[link.from] {
        removed.append(offset)
      } else {
        kept.append(offset)
      }
    }
    if members.count > Self.exactCycleBreakingLimit {
      removed = local.restoringUnneededLinks(removed: removed, kept: kept)
    }
    return removed.map { edge(at: local.links[$0].edge) }.sorted { $0.index < $1.index }
  }

  /// One concrete loop among `members` (ascending vertices of one strongly connected
  /// component): the shortest that starts and ends at the smallest member, as its links; a lone
  /// service's loop is its self-link, and `[]` means there is none. A breadth-first search,
  /// O(k + e log k) for k services and e links.
  public func loop(in members: [Int]) -> [Edge] {
    guard let start = members.first else { return [] }
    if members.count == 1 { return edge(from: start, to: start).map { [$0] } ?? [] }
    let local = LocalSubgraph(graph: self, members: members)
    var reachedBy = [Int](repeating: -1, count: members.count)
    var queue = [0]
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      for offset in local.outgoing(current) {
        let link = local.links[offset]
        // A self-link is a loop of its own; the loop wanted here shows services that depend on
        // each other.
        if link.to == current { continue }
        if link.to == 0 {
          var path = [edge(at: link.edge)]
          var vertex = current
          while vertex != 0 {
            let back = local.links[reachedBy[vertex]]
            path.append(edge(at: back.edge))
            vertex = back.from
          }
          return path.reversed()
        }
        if reachedBy[link.to] == -1 {
          reachedBy[link.to] = offset
          queue.append(link.to)
        }
      }
    }
    return []
  }
}
