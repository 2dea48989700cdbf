extension DependencyGraph {
  /// The edges leaving or entering one vertex: a view into the graph's flat arrays.
  public struct Edges: RandomAccessCollection, Sendable {
    let graph: DependencyGraph
    let reverse: Bool
    /// The first position; positions are meaningful only within this view.
    public let startIndex: Int
    /// One past the last position.
    public let endIndex: Int

    /// The edge at `position`; O(1).
    public subscript(position: Int) -> Edge {
      graph.edge(at: reverse ? Int(graph.reverseEdges[position]) : position)
    }
  }
}
