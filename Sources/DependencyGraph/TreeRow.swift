/// One line of a `deps` or `rdeps` tree: a service at some depth, and how it was reached.
public struct TreeRow: Sendable, Hashable {
  // 32-bit fields keep a row small: an `rdeps` of a shared platform can have a million rows.
  private let storedDepth: Int32
  private let storedVertex: Int32
  /// The link from the parent row's service (`nil` for the root); in a reverse tree the edge
  /// runs from this row's service to the parent's.
  public let via: DependencyGraph.Edge?
  /// Whether this service's subtree was already shown above, so it is not repeated here.
  public let alreadyShown: Bool
  /// Whether this service has neighbours left out because the depth limit was reached.
  public let cutOffByDepth: Bool

  /// Creates a row.
  public init(
    depth: Int, vertex: Int, via: DependencyGraph.Edge?, alreadyShown: Bool, cutOffByDepth: Bool
  ) {
    storedDepth = Int32(depth)
    storedVertex = Int32(vertex)
    self.via = via
    self.alreadyShown = alreadyShown
    self.cutOffByDepth = cutOffByDepth
  }

  /// How far from the root: the root is at depth 0, its direct neighbours at depth 1.
  public var depth: Int { Int(storedDepth) }
  /// The service on this line.
  public var vertex: Int { Int(storedVertex) }
}
