extension DependencyGraph {
  /// The tree of what `root` depends on (`reverse`: what depends on it), as a flat pre-order
  /// list of rows; children follow id order, and a subtree already shown is marked, not
  /// repeated, so loops end. `depth` limits how far from the root rows go (`nil`: no limit).
  ///
  /// Without a limit, each service is expanded once: O(V + E). With a limit, a service met again
  /// nearer the root than where it was expanded is expanded again, since more of its subtree now
  /// fits: O(depth · (V + E)) at worst. Iterative, so no shape overflows the stack.
  public func dependencyTree(of root: Int, depth limit: Int? = nil, reverse: Bool = false)
    -> [TreeRow]
  {
    let offsets = reverse ? reverseOffsets : forwardOffsets
    let notExpanded = Int.max
    // The shallowest depth at which each vertex's children were listed.
    var expandedAt = [Int](repeating: notExpanded, count: vertexCount)
    var rows: [TreeRow] = []
    // Most trees asked for are small; a big one grows the array a few times, which is cheap.
    rows.reserveCapacity(min(vertexCount, 1024))
    // Each frame is a vertex whose children are being listed, and the next child position.
    var frames: [(vertex: Int, depth: Int, next: Int)] = []

    func visit(_ vertex: Int, depth: Int, via: Edge?) {
      let hasChildren = offsets[vertex] < offsets[vertex + 1]
      let shownBefore =
        hasChildren && expandedAt[vertex] != notExpanded
        && (limit == nil || expandedAt[vertex] <= depth)
      let cutOff = hasChildren && !shownBefore && limit.map { depth >= $0 } == true
      rows.append(
        TreeRow(
          depth: depth, vertex: vertex, via: via, alreadyShown: shownBefore,
          cutOffByDepth: cutOff))
      guard hasChildren, !shownBefore, !cutOff else { return }
      expandedAt[vertex] = min(expandedAt[vertex], depth)
      frames.append((vertex, depth, Int(offsets[vertex])))
    }

    visit(root, depth: 0, via: nil)
    while let frame = frames.last {
      guard frame.next < Int(offsets[frame.vertex + 1]) else {
        frames.removeLast()
        continue
      }
      frames[frames.count - 1].next += 1
      let edge = self.edge(at: reverse ? Int(reverseEdges[frame.next]) : frame.next)
      visit(reverse ? edge.source : edge.target, depth: frame.depth + 1, via: edge)
    }
    return rows
  }
}
