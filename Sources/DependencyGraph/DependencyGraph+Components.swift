extension DependencyGraph {
  /// The strongly connected components, by an iterative Tarjan search; O(V + E) time and
  /// memory, with no recursion, so no graph shape can overflow the stack.
  public func stronglyConnectedComponents() -> StronglyConnectedComponents {
    let vertexCount = self.vertexCount
    let unvisited: Int32 = -1
    var order = [Int32](repeating: unvisited, count: vertexCount)
    var lowLink = [Int32](repeating: 0, count: vertexCount)
    var onStack = [Bool](repeating: false, count: vertexCount)
    var componentOfVertex = [Int32](repeating: -1, count: vertexCount)
    var selfLinked = [Bool](repeating: false, count: vertexCount)
    var componentSizes: [Int32] = []
    var tarjanStack: [Int32] = []
    // Each frame is a vertex and the next of its edges to explore, replacing the recursion.
    var frames: [(vertex: Int32, nextEdge: Int32)] = []
    var counter: Int32 = 0

    forwardOffsets.withUnsafeBufferPointer { offsets in
      edgeTargets.withUnsafeBufferPointer { targets in
        for root in 0..<vertexCount where order[root] == unvisited {
          order[root] = counter
          lowLink[root] = counter
          counter += 1
          tarjanStack.append(Int32(root))
          onStack[root] = true
          frames.append((Int32(root), offsets[root]))
          while let frame = frames.last {
            let vertex = Int(frame.vertex)
            if frame.nextEdge < offsets[vertex + 1] {
              frames[frames.count - 1].nextEdge += 1
              let next = Int(targets[Int(frame.nextEdge)])
              if next == vertex { selfLinked[vertex] = true }
              if order[next] == unvisited {
                order[next] = counter
                lowLink[next] = counter
                counter += 1
                tarjanStack.append(Int32(next))
                onStack[next] = true
                frames.append((Int32(next), offsets[next]))
              } else if onStack[next] {
                lowLink[vertex] = min(lowLink[vertex], order[next])
              }
              continue
            }
            frames.removeLast()
            if let parent = frames.last {
              let parentVertex = Int(parent.vertex)
              lowLink[parentVertex] = min(lowLink[parentVertex], lowLink[vertex])
            }
            guard lowLink[vertex] == order[vertex] else { continue }
            let component = Int32(componentSizes.count)
            var size: Int32 = 0
            while true {
              let member = Int(tarjanStack.removeLast())
              onStack[member] = false
              componentOfVertex[member] = component
              size += 1
              if member == vertex { break }
            }
            componentSizes.append(size)
          }
        }
      }
    }
    // A counting sort by component, scanning vertices in order, lists members ascending in O(V).
    var memberOffsets = [Int32](repeating: 0, count: componentSizes.count + 1)
    for (component, size) in componentSizes.enumerated() {
      memberOffsets[component + 1] = memberOffsets[component] + size
    }
    var cursor = memberOffsets
    var memberVertices = [Int32](repeating: 0, count: vertexCount)
    for vertex in 0..<vertexCount {
      let component = Int(componentOfVertex[vertex])
      memberVertices[Int(cursor[component])] = Int32(vertex)
      cursor[component] += 1
    }
    return StronglyConnectedComponents(
      componentOfVertex: componentOfVertex, memberOffsets: memberOffsets,
      memberVertices: memberVertices, selfLinked: selfLinked)
  }
}
