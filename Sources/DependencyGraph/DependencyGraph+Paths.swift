extension DependencyGraph {
  /// The shortest chain of links by which `source` depends on `target`, hop by hop, so that each
  /// hop's range can be shown; `[]` when they are the same service and `nil` when `source` does
  /// not reach `target`. A breadth-first search in id order, so ties go to the smaller ids;
  /// O(V + E), no recursion.
  public func shortestPath(from source: Int, to target: Int) -> [Edge]? {
    if source == target { return [] }
    let none: Int32 = -1
    // The edge by which each vertex was first reached; the source is marked with itself.
    var reachedBy = [Int32](repeating: none, count: vertexCount)
    reachedBy[source] = Int32.max
    var queue: [Int32] = [Int32(source)]
    var head = 0
    var found = false
    forwardOffsets.withUnsafeBufferPointer { offsets in
      edgeTargets.withUnsafeBufferPointer { targets in
        search: while head < queue.count {
          let vertex = Int(queue[head])
          head += 1
          for edge in Int(offsets[vertex])..<Int(offsets[vertex + 1]) {
            let next = Int(targets[edge])
            guard reachedBy[next] == none else { continue }
            reachedBy[next] = Int32(edge)
            if next == target {
              found = true
              break search
            }
            queue.append(Int32(next))
          }
        }
      }
    }
    guard found else { return nil }
    var path: [Edge] = []
    var vertex = target
    while vertex != source {
      let edge = self.edge(at: Int(reachedBy[vertex]))
      path.append(edge)
      vertex = edge.source
    }
    return path.reversed()
  }

  /// The vertices `vertex` reaches by one or more links (`reverse`: those that reach it), in
  /// ascending order; `vertex` itself is included only when it lies on a loop. O(V + E).
  public func reachable(from vertex: Int, reverse: Bool = false) -> [Int] {
    var seen = [Bool](repeating: false, count: vertexCount)
    var stack: [Int32] = []
    var result: [Int] = []
    func visitNeighbours(of current: Int) {
      if reverse {
        for position in Int(reverseOffsets[current])..<Int(reverseOffsets[current + 1]) {
          let next = Int(edgeSources[Int(reverseEdges[position])])
          if !seen[next] {
            seen[next] = true
            result.append(next)
            stack.append(Int32(next))
          }
        }
      } else {
        for edge in Int(forwardOffsets[current])..<Int(forwardOffsets[current + 1]) {
          let next = Int(edgeTargets[edge])
          if !seen[next] {
            seen[next] = true
            result.append(next)
            stack.append(Int32(next))
          }
        }
      }
    }
    visitNeighbours(of: vertex)
    while let current = stack.popLast() { visitNeighbours(of: Int(current)) }
    return result.sorted()
  }
}
