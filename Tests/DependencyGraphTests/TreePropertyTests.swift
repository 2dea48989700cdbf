import DependencyGraph
import TestSupport
import Testing

@Suite("Dependency trees")
struct TreePropertyTests {
  @Test(
    "an unlimited tree shows every reachable service and expands each once",
    arguments: RandomGraph.samples(150))
  func unlimitedTreeCoversTheClosure(_ sample: RandomGraph) {
    let graph = sample.graph
    let reach = SlowReference.reachability(sample.vertexCount, sample.edges)
    for root in 0..<sample.vertexCount {
      for reverse in [false, true] {
        let rows = graph.dependencyTree(of: root, reverse: reverse)
        let expected = Set(
          (0..<sample.vertexCount).filter { reverse ? reach[$0][root] : reach[root][$0] } + [root])
        #expect(
          Set(rows.map(\.vertex)) == expected, "root \(root) reverse \(reverse) \(sample.detail)")
        checkShape(rows, graph: graph, reverse: reverse)
        var expanded = Set<Int>()
        for (position, row) in rows.enumerated() {
          let hasChildren = !children(of: row.vertex, graph, reverse).isEmpty
          #expect(!row.cutOffByDepth)
          if row.alreadyShown {
            #expect(expanded.contains(row.vertex), "row \(position) marked before it was shown")
          } else if hasChildren {
            #expect(expanded.insert(row.vertex).inserted, "row \(position) expanded twice")
          }
        }
      }
    }
  }

  @Test(
    "a limited tree shows exactly the services within the limit",
    arguments: RandomGraph.samples(150))
  func limitedTreeStopsAtTheLimit(_ sample: RandomGraph) {
    let graph = sample.graph
    let distance = SlowReference.distances(sample.vertexCount, sample.edges)
    for root in 0..<sample.vertexCount {
      for limit in 0...3 {
        let rows = graph.dependencyTree(of: root, depth: limit)
        let expected = Set(
          (0..<sample.vertexCount).filter { distance[root][$0].map { $0 <= limit } ?? false })
        #expect(Set(rows.map(\.vertex)) == expected, "root \(root) depth \(limit) \(sample.detail)")
        #expect(rows.allSatisfy { $0.depth <= limit })
        checkShape(rows, graph: graph, reverse: false)
      }
    }
  }

  @Test("a subtree shown once is marked, not repeated")
  func repeatedSubtreeIsMarked() {
    var builder = RegistryBuilder()
    for id in ["app", "portal", "sso", "ldap"] { builder.service(id) }
    builder.link("app", "portal")
    builder.link("app", "sso")
    builder.link("portal", "sso")
    builder.link("sso", "ldap")
    builder.link("ldap", "app")
    let graph = DependencyGraph(builder.registry)
    let rows = graph.dependencyTree(of: graph.index(of: .init("app")!)!)
    let shown = rows.map { row in
      String(repeating: "  ", count: row.depth) + graph.id(at: row.vertex).rawValue
        + (row.alreadyShown ? " (shown above)" : "")
    }
    #expect(
      shown == [
        "app", "  portal", "    sso", "      ldap", "        app (shown above)",
        "  sso (shown above)",
      ])
  }

  private func children(of vertex: Int, _ graph: DependencyGraph, _ reverse: Bool) -> [Int] {
    reverse
      ? graph.dependents(of: vertex).map(\.source) : graph.dependencies(of: vertex).map(\.target)
  }

  /// Each row hangs under the nearest row above it one level up, by a real link.
  private func checkShape(_ rows: [TreeRow], graph: DependencyGraph, reverse: Bool) {
    var ancestors: [Int] = []
    for row in rows {
      ancestors.removeSubrange(min(row.depth, ancestors.count)...)
      #expect(ancestors.count == row.depth, "a row skips a level")
      if let parent = ancestors.last, let via = row.via {
        #expect(reverse ? via.target == parent : via.source == parent)
        #expect(reverse ? via.source == row.vertex : via.target == row.vertex)
      } else {
        #expect(row.depth == 0 && row.via == nil)
      }
      ancestors.append(row.vertex)
    }
  }
}
