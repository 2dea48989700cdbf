import DependencyGraph
import Testing

@Suite("Shortest paths, against Floyd–Warshall")
struct PathPropertyTests {
  @Test(
    "shortestPath is a real chain of links, as short as any", arguments: RandomGraph.samples(300))
  func shortestPathsAreShortest(_ sample: RandomGraph) {
    let graph = sample.graph
    let distance = SlowReference.distances(sample.vertexCount, sample.edges)
    let edges = Set(sample.edges.map { $0.from * sample.vertexCount + $0.to })
    for from in 0..<sample.vertexCount {
      for to in 0..<sample.vertexCount {
        let path = graph.shortestPath(from: from, to: to)
        guard let expected = distance[from][to] else {
          #expect(path == nil, "\(from) -> \(to) in \(sample.detail)")
          continue
        }
        guard let path else {
          Issue.record("no path \(from) -> \(to) in \(sample.detail)")
          continue
        }
        #expect(path.count == expected, "\(from) -> \(to) in \(sample.detail)")
        var at = from
        for hop in path {
          #expect(hop.source == at)
          #expect(edges.contains(hop.source * sample.vertexCount + hop.target))
          #expect(graph.edge(at: hop.index) == hop)
          at = hop.target
        }
        #expect(at == to)
      }
    }
  }
}
