/// The strongly connected components of a dependency graph: groups of services that all reach
/// each other through links.
///
/// Components are numbered so that a component's dependencies come before it (reverse
/// topological order of the condensation); members are listed in vertex (id) order.
public struct StronglyConnectedComponents: Sendable {
  let componentOfVertex: [Int32]
  let memberOffsets: [Int32]
  let memberVertices: [Int32]
  let selfLinked: [Bool]

  /// The number of components; O(1).
  public var count: Int { memberOffsets.count - 1 }

  /// The component holding `vertex`; O(1).
  public func component(of vertex: Int) -> Int { Int(componentOfVertex[vertex]) }

  /// The vertices of `component`, ascending; O(size).
  public func members(of component: Int) -> [Int] {
    memberVertices[Int(memberOffsets[component])..<Int(memberOffsets[component + 1])]
      .map(Int.init)
  }

  /// The number of vertices in `component`; O(1).
  public func size(of component: Int) -> Int {
    Int(memberOffsets[component + 1] - memberOffsets[component])
  }

  /// Whether `component` holds a loop: two or more services, or one that links to itself; O(1).
  public func isCyclic(_ component: Int) -> Bool {
    size(of: component) > 1 || selfLinked[Int(memberVertices[Int(memberOffsets[component])])]
  }

  /// The components that hold a loop, ordered by their smallest vertex; O(V).
  public var cyclicComponents: [Int] {
    (0..<count).filter(isCyclic).sorted {
      memberVertices[Int(memberOffsets[$0])] < memberVertices[Int(memberOffsets[$1])]
    }
  }
}
