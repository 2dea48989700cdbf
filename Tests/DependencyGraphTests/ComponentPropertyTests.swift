import DependencyGraph
import Testing

@Suite("Strongly connected components and reachability, against slow references")
struct ComponentPropertyTests {
  static let graphs = RandomGraph.samples(300)

  @Test("components are exactly the sets of mutually reachable services", arguments: graphs)
  func componentsAreMutualReachability(_ sample: RandomGraph) {
    let graph = sample.graph
    let reach = SlowReference.reachability(sample.vertexCount, sample.edges)
    let components = graph.stronglyConnectedComponents()
    for first in 0..<sample.vertexCount {
      for second in 0..<sample.vertexCount {
        let together = first == second || (reach[first][second] && reach[second][first])
        #expect(
          (components.component(of: first) == components.component(of: second)) == together,
          "\(first) and \(second) in \(sample.detail)")
      }
      let component = components.component(of: first)
      #expect(components.isCyclic(component) == reach[first][first], "\(first) in \(sample.detail)")
      #expect(components.members(of: component).contains(first))
    }
    #expect((0..<components.count).map(components.size(of:)).reduce(0, +) == sample.vertexCount)
  }

  @Test("components come dependencies first", arguments: graphs)
  func componentsAreInReverseTopologicalOrder(_ sample: RandomGraph) {
    let components = sample.graph.stronglyConnectedComponents()
    for edge in sample.edges {
      #expect(components.component(of: edge.to) <= components.component(of: edge.from))
    }
  }

  @Test("reachable(from:) is the transitive closure, both ways", arguments: graphs)
  func reachableIsTheClosure(_ sample: RandomGraph) {
    let graph = sample.graph
    let reach = SlowReference.reachability(sample.vertexCount, sample.edges)
    for vertex in 0..<sample.vertexCount {
      let forward = (0..<sample.vertexCount).filter { reach[vertex][$0] }
      let backward = (0..<sample.vertexCount).filter { reach[$0][vertex] }
      #expect(graph.reachable(from: vertex) == forward, "from \(vertex) in \(sample.detail)")
      #expect(graph.reachable(from: vertex, reverse: true) == backward, "to \(vertex)")
    }
  }
}
