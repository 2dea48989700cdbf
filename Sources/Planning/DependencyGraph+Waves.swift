import DependencyGraph

extension DependencyGraph {
  /// `movers` (vertices) in waves such that each depends, among the movers, only on movers of
  /// earlier waves: wave 1 holds those that depend on no other mover. Loops among the movers
  /// are broken first by leaving out `breakingEdges(in:)` of each loop (the fewest links, found
  /// exactly for loops of up to 16 services), which are returned as `cut`. A wave holds at
  /// most `size` services (all of one level when `nil`), filled in vertex order.
  ///
  /// O(m + e) for m movers and e links among them, plus the loop breaking.
  func waves(of movers: [Int], size: Int? = nil) -> (waves: [[Int]], cut: [Edge]) {
    let vertices = Array(Set(movers)).sorted()
    var local: [Int: Int] = [:]
    for (offset, vertex) in vertices.enumerated() { local[vertex] = offset }
    // Links among the movers, self-links aside (they order nothing).
    var dependencies = [[Edge]](repeating: [], count: vertices.count)
    for (offset, vertex) in vertices.enumerated() {
      for edge in self.dependencies(of: vertex)
      where edge.target != vertex && local[edge.target] != nil {
        dependencies[offset].append(edge)
      }
    }
    var cut: [Edge] = []
    for component in Self.components(of: dependencies, local: local) where component.count > 1 {
      cut += breakingEdges(in: component.map { vertices[$0] }.sorted())
        .filter { $0.source != $0.target }
    }
    let cutIndices = Set(cut.map(\.index))
    // Levels by Kahn's algorithm over the links that stay: a mover's level is one more than
    // the highest level of the movers it depends on.
    var waiting = [Int](repeating: 0, count: vertices.count)
    var dependents = [[Int]](repeating: [], count: vertices.count)
    for (offset, edges) in dependencies.enumerated() {
      for edge in edges where !cutIndices.contains(edge.index) {
        waiting[offset] += 1
        dependents[local[edge.target]!].append(offset)
      }
    }
    var level = [Int](repeating: 0, count: vertices.count)
    var queue = (0..<vertices.count).filter { waiting[$0] == 0 }
    var head = 0
    while head < queue.count {
      let current = queue[head]
      head += 1
      for dependent in dependents[current] {
        level[dependent] = max(level[dependent], level[current] + 1)
        waiting[dependent] -= 1
        if waiting[dependent] == 0 { queue.append(dependent) }
      }
    }
    precondition(queue.count == vertices.count, "the links left after cutting loops still loop")
    let levels = (level.max() ?? -1) + 1
    var byLevel = [[Int]](repeating: [], count: levels)
    for offset in 0..<vertices.count { byLevel[level[offset]].append(vertices[offset]) }
    var waves: [[Int]] = []
    for members in byLevel {
      let width = max(1, size ?? members.count)
      var start = 0
      while start < members.count {
        waves.append(Array(members[start..<min(start + width, members.count)]))
        start += width
      }
    }
    return (waves, cut.sorted { $0.index < $1.index })
  }

  /// The strongly connected components of the local graph whose links are `dependencies`
  /// (by local offset, targets given as vertices mapped through `local`): Tarjan's algorithm,
  /// iterative so that a long chain cannot overflow the stack. O(m + e).
  private static func components(of dependencies: [[Edge]], local: [Int: Int]) -> [[Int]] {
    let count = dependencies.count
    var index = [Int](repeating: -1, count: count)
    var low = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var next = 0
    for root in 0..<count where index[root] < 0 {
      // Each frame: a vertex and how many of its links have been followed.
      var frames: [(vertex: Int, link: Int)] = [(root, 0)]
      index[root] = next
      low[root] = next
      next += 1
      stack.append(root)
      onStack[root] = true
      while let frame = frames.last {
        let vertex = frame.vertex
        if frame.link < dependencies[vertex].count {
          frames[frames.count - 1].link += 1
          let target = local[dependencies[vertex][frame.link].target]!
          if index[target] < 0 {
            index[target] = next
            low[target] = next
            next += 1
            stack.append(target)
            onStack[target] = true
            frames.append((target, 0))
          } else if onStack[target] {
            low[vertex] = min(low[vertex], index[target])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last?.vertex { low[parent] = min(low[parent], low[vertex]) }
        guard low[vertex] == index[vertex] else { continue }
        var component: [Int] = []
        while let member = stack.popLast() {
          onStack[member] = false
          component.append(member)
          if member == vertex { break }
        }
        components.append(component)
      }
    }
    return components
  }
}
