import RegistryModel

extension LockFinder {
  /// One `cycle` finding per component with a loop; O(V + E) plus the cycle-breaking search.
  static func cycleFindings(in graph: DependencyGraph) -> [Finding] {
    let components = graph.stronglyConnectedComponents()
    return components.cyclicComponents.map { component in
      let members = components.members(of: component)
      let loopEdges = graph.loop(in: members)
      var loop = loopEdges.map { graph.id(at: $0.source) }
      loop.append(graph.id(at: members[0]))
      let breaking = graph.breakingEdges(in: members).map {
        LinkEnds(from: graph.id(at: $0.source), to: graph.id(at: $0.target))
      }
      let ids = members.map(graph.id(at:))
      let path = loop.map(\.rawValue).joined(separator: " -> ")
      let exact = members.count <= DependencyGraph.exactCycleBreakingLimit
      let message: String
      if members.count == 1 {
        message = "\(ids[0]) depends on itself (\(path)); remove the link \(breaking[0])"
      } else {
        let links = list(breaking.map(\.description), limit: 5)
        let noun = breaking.count == 1 ? "the link" : "the \(breaking.count) links"
        let lead =
          members.count == loop.count - 1
          ? path
          : "\(list(ids.map(\.rawValue))) depend on each other, for example \(path)"
        message =
          "\(lead); removing \(noun) \(links) breaks every loop"
          + (exact || breaking.count == 1 ? "" : " (a small set, not proven the smallest)")
      }
      return Finding(
        code: .cycle, services: ids, message: message, loop: loop, breakingLinks: breaking)
    }
  }
}
