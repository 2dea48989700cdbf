import DependencyGraph
import TestSupport
import Testing

@Suite("Loops and the links that break them")
struct CycleBreakingTests {
  @Test(
    "small components get a minimum set, as brute force finds",
    arguments: RandomGraph.samples(80, maximumVertices: 7))
  func exactSetIsMinimum(_ sample: RandomGraph) {
    let graph = sample.graph
    let components = graph.stronglyConnectedComponents()
    for component in components.cyclicComponents {
      let members = components.members(of: component)
      let inside = sample.edges.filter { members.contains($0.from) && members.contains($0.to) }
      guard inside.count <= 14 else { continue }
      let breaking = graph.breakingEdges(in: members)
      #expect(
        breaking.count == SlowReference.minimumFeedbackArcSetSize(inside),
        "component \(members) of \(sample.detail)")
      expectBreaksEveryLoop(breaking, inside)
    }
  }

  @Test(
    "any group of services, not only a component, gets a minimum set",
    arguments: RandomGraph.samples(40, maximumVertices: 6))
  func exactSetOnWholeGraphs(_ sample: RandomGraph) {
    guard sample.edges.count <= 13 else { return }
    let breaking = sample.graph.breakingEdges(in: Array(0..<sample.vertexCount))
    #expect(
      breaking.count == SlowReference.minimumFeedbackArcSetSize(sample.edges), "\(sample.detail)")
    expectBreaksEveryLoop(breaking, sample.edges)
  }

  @Test(
    "large components get a set that breaks every loop",
    arguments: RandomGraph.samples(30, maximumVertices: 60))
  func heuristicSetBreaksEveryLoop(_ sample: RandomGraph) {
    let graph = sample.graph
    let components = graph.stronglyConnectedComponents()
    for component in components.cyclicComponents {
      let members = components.members(of: component)
      let inside = sample.edges.filter { members.contains($0.from) && members.contains($0.to) }
      let breaking = graph.breakingEdges(in: members)
      expectBreaksEveryLoop(breaking, inside)
      // Every self-link is in every set that breaks every loop.
      for edge in inside where edge.from == edge.to {
        #expect(breaking.contains { $0.source == edge.from && $0.target == edge.to })
      }
    }
  }

  @Test(
    "a ring needs one link removed, however long",
    arguments: [2, 3, 16, 17, 500])
  func ringNeedsOneLink(_ length: Int) {
    var builder = RegistryBuilder()
    let ids = (0..<length).map(RandomGraph.name)
    for id in ids { builder.service(id) }
    builder.chain(ids + [ids[0]])
    let graph = DependencyGraph(builder.registry)
    let members = Array(0..<length)
    #expect(graph.breakingEdges(in: members).count == 1)
    #expect(graph.loop(in: members).count == length)
  }

  @Test(
    "the loop shown is the shortest through the smallest service",
    arguments: RandomGraph.samples(100))
  func loopIsShortestThroughSmallest(_ sample: RandomGraph) {
    let graph = sample.graph
    let distance = SlowReference.distances(sample.vertexCount, sample.edges)
    let components = graph.stronglyConnectedComponents()
    for component in components.cyclicComponents {
      let members = components.members(of: component)
      let loop = graph.loop(in: members)
      let start = members[0]
      #expect(loop.first?.source == start && loop.last?.target == start, "\(sample.detail)")
      for (hop, next) in zip(loop, loop.dropFirst()) { #expect(hop.target == next.source) }
      #expect(loop.allSatisfy { members.contains($0.source) && members.contains($0.target) })
      if members.count == 1 {
        #expect(loop.count == 1)
      } else {
        let shortest = sample.edges.filter { $0.to == start && $0.from != start }
          .compactMap { distance[start][$0.from].map { $0 + 1 } }.min()
        #expect(loop.count == shortest, "\(sample.detail)")
      }
    }
  }

  private func expectBreaksEveryLoop(
    _ breaking: [DependencyGraph.Edge], _ edges: [(from: Int, to: Int)]
  ) {
    let removed = Set(breaking.map { $0.source * 1_000_000 + $0.target })
    #expect(removed.count == breaking.count)
    #expect(
      breaking.allSatisfy { edge in edges.contains { $0 == (edge.source, edge.target) } })
    #expect(
      SlowReference.isAcyclic(edges.filter { !removed.contains($0.from * 1_000_000 + $0.to) }))
  }
}
