/// Slow, obviously right answers for the property tests to compare the graph's algorithms with.
enum SlowReference {
  /// `reach[i][j]`: whether `i` reaches `j` by one or more edges (Floyd–Warshall closure).
  static func reachability(_ count: Int, _ edges: [(from: Int, to: Int)]) -> [[Bool]] {
    var reach = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
    for edge in edges { reach[edge.from][edge.to] = true }
    for middle in 0..<count {
      for from in 0..<count where reach[from][middle] {
        for to in 0..<count where reach[middle][to] { reach[from][to] = true }
      }
    }
    return reach
  }

  /// `distance[i][j]`: the fewest edges from `i` to `j` (0 from a vertex to itself), or `nil`.
  static func distances(_ count: Int, _ edges: [(from: Int, to: Int)]) -> [[Int?]] {
    var distance = [[Int?]](repeating: [Int?](repeating: nil, count: count), count: count)
    for vertex in 0..<count { distance[vertex][vertex] = 0 }
    for edge in edges where edge.from != edge.to { distance[edge.from][edge.to] = 1 }
    for middle in 0..<count {
      for from in 0..<count {
        guard let first = distance[from][middle] else { continue }
        for to in 0..<count {
          guard let second = distance[middle][to] else { continue }
          if distance[from][to].map({ first + second < $0 }) ?? true {
            distance[from][to] = first + second
          }
        }
      }
    }
    return distance
  }

  /// Whether the edges among `vertices` leave no loop: repeatedly removing vertices with no
  /// incoming edge must remove them all.
  static func isAcyclic(_ edges: [(from: Int, to: Int)]) -> Bool {
    var remaining = edges
    while !remaining.isEmpty {
      let targets = Set(remaining.map(\.to))
      let before = remaining.count
      remaining.removeAll { !targets.contains($0.from) }
      if remaining.count == before { return false }
    }
    return true
  }

  /// The size of a smallest set of `edges` whose removal leaves no loop, by trying every set
  /// of each size in turn.
  static func minimumFeedbackArcSetSize(_ edges: [(from: Int, to: Int)]) -> Int {
    let count = edges.count
    for size in 0...count {
      var found = false
      forEachSubset(of: count, size: size) { chosen in
        let kept = edges.indices.filter { !chosen.contains($0) }.map { edges[$0] }
        if isAcyclic(kept) { found = true }
        return found
      }
      if found { return size }
    }
    return count
  }

  /// Calls `body` with each `size`-element subset of `0..<count` until it returns `true`.
  private static func forEachSubset(of count: Int, size: Int, _ body: (Set<Int>) -> Bool) {
    var chosen = Array(0..<size)
    while true {
      if body(Set(chosen)) { return }
      var position = size - 1
      while position >= 0 && chosen[position] == count - size + position { position -= 1 }
      if position < 0 { return }
      chosen[position] += 1
      for next in (position + 1)..<size { chosen[next] = chosen[next - 1] + 1 }
    }
  }
}
