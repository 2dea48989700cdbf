extension DependencyGraph {
  /// One link between two registered services, seen as a graph edge.
  public struct Edge: Sendable, Hashable {
    // 32-bit fields keep an edge at 16 bytes, which matters in trees of a million rows.
    private let storedIndex: Int32
    private let storedSource: Int32
    private let storedTarget: Int32
    private let storedLinkIndex: Int32

    /// Creates an edge value; graphs make these, tests may too.
    public init(index: Int, source: Int, target: Int, linkIndex: Int) {
      storedIndex = Int32(index)
      storedSource = Int32(source)
      storedTarget = Int32(target)
      storedLinkIndex = Int32(linkIndex)
    }

    /// The edge's number, in `0..<edgeCount`.
    public var index: Int { Int(storedIndex) }
    /// The vertex of the service that holds the link (the dependent).
    public var source: Int { Int(storedSource) }
    /// The vertex of the service depended on.
    public var target: Int { Int(storedTarget) }
    /// Where the link sits in the source service's `links`, to find its range and kind.
    public var linkIndex: Int { Int(storedLinkIndex) }
  }
}
