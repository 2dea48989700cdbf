import DependencyGraph
import RegistryModel

/// The services and links an export shows, resolved from a scope once so that every format
/// writes the same thing: nodes in id order, links by source and then target, each link marked
/// when it lies on a loop, and the units that own the nodes.
///
/// A link is shown when its service is shown and its target is either shown or not registered
/// at all (a missing target, kept so that nothing the registry says is lost).
public struct ExportSelection: Sendable {
  /// The registry's display name, used as the graph's name.
  public let name: String
  /// The services shown, in id order.
  public let nodes: [Service]
  /// The links shown, ordered by source node and then by target id.
  public let links: [ExportLink]
  /// The ids that shown links name but no service has, in ascending order.
  public let missingTargets: [ServiceID]
  /// The units that own shown services, in path order; a unit missing from `units.toml` is
  /// stood in for by one named after its path, at level `other`.
  public let units: [Unit]

  /// Resolves `scope` in `registry`; pass `graph` when it is already built. O(V + E) besides
  /// building the graph.
  public init(
    registry: Registry, graph: DependencyGraph? = nil, scope: ExportScope = .everything
  ) throws(ExportError) {
    let graph = graph ?? DependencyGraph(registry)
    if scope.root == nil {
      if scope.depth != nil { throw .needsRoot("--depth") }
      if scope.reverse { throw .needsRoot("--reverse") }
    }
    var included = try Self.reached(in: graph, scope: scope)
    if let unit = scope.unit {
      let known =
        registry.units.keys.contains { $0.isWithin(unit) }
        || registry.services.values.contains { $0.unit.isWithin(unit) }
      guard known else { throw .unknownUnit(unit) }
      for vertex in included.indices where included[vertex] {
        included[vertex] = graph.service(at: vertex).unit.isWithin(unit)
      }
    }
    var position = [Int32](repeating: -1, count: graph.vertexCount)
    var nodes: [Service] = []
    var vertices: [Int] = []
    for vertex in included.indices where included[vertex] {
      position[vertex] = Int32(nodes.count)
      nodes.append(graph.service(at: vertex))
      vertices.append(vertex)
    }
    let (links, missing) = Self.links(
      of: vertices, nodes: nodes, position: position, graph: graph)
    self.name = registry.settings.name
    self.nodes = nodes
    self.links = links
    self.missingTargets = missing
    self.units = Set(nodes.map(\.unit)).sorted().map { path in
      registry.units[path] ?? Unit(path: path, name: path.description, level: .other)
    }
  }

  /// The link `link` stands for, with its range, kind and note; O(1).
  public func link(_ link: ExportLink) -> Link {
    nodes[link.source].links[link.linkIndex]
  }

  /// The id of the service `link` names, registered or not; O(1).
  public func targetID(of link: ExportLink) -> ServiceID {
    if let target = link.target { return nodes[target].id }
    return missingTargets[link.missingTarget!]
  }

  /// Which vertices the root and depth select: all of them without a root, else a breadth-first
  /// search from the root that stops `depth` links out. O(V + E).
  private static func reached(in graph: DependencyGraph, scope: ExportScope)
    throws(ExportError) -> [Bool]
  {
    guard let root = scope.root else {
      return [Bool](repeating: true, count: graph.vertexCount)
    }
    guard let start = graph.index(of: root) else { throw .unknownRoot(root) }
    var included = [Bool](repeating: false, count: graph.vertexCount)
    var distance = [Int32](repeating: -1, count: graph.vertexCount)
    distance[start] = 0
    included[start] = true
    var queue = [start]
    var head = 0
    while head < queue.count {
      let vertex = queue[head]
      head += 1
      if let depth = scope.depth, Int(distance[vertex]) >= depth { continue }
      let edges = scope.reverse ? graph.dependents(of: vertex) : graph.dependencies(of: vertex)
      for edge in edges {
        let next = scope.reverse ? edge.source : edge.target
        guard distance[next] < 0 else { continue }
        distance[next] = distance[vertex] + 1
        included[next] = true
        queue.append(next)
      }
    }
    return included
  }

  /// The shown links of the shown vertices, and the sorted missing ids they name. Walks each
  /// service's links beside its graph edges, which follow the same order. O(V + E).
  private static func links(
    of vertices: [Int], nodes: [Service], position: [Int32], graph: DependencyGraph
  ) -> ([ExportLink], [ServiceID]) {
    let components = graph.stronglyConnectedComponents()
    var links: [ExportLink] = []
    var missingLinks: [(at: Int, target: ServiceID)] = []
    for (source, vertex) in vertices.enumerated() {
      let edges = graph.dependencies(of: vertex)
      var cursor = edges.startIndex
      for linkIndex in nodes[source].links.indices {
        if cursor < edges.endIndex, edges[cursor].linkIndex == linkIndex {
          let edge = edges[cursor]
          cursor += 1
          let target = position[edge.target]
          guard target >= 0 else { continue }
          let component = components.component(of: vertex)
          let inCycle =
            edge.target == vertex
            || (component == components.component(of: edge.target)
              && components.size(of: component) > 1)
          links.append(
            ExportLink(source: source, linkIndex: linkIndex, target: target, inCycle: inCycle))
        } else {
          missingLinks.append((links.count, nodes[source].links[linkIndex].target))
          links.append(ExportLink(source: source, linkIndex: linkIndex, target: -1, inCycle: false))
        }
      }
    }
    let missing = Set(missingLinks.map(\.target)).sorted()
    if !missingLinks.isEmpty {
      let index = Dictionary(uniqueKeysWithValues: missing.enumerated().map { ($1, $0) })
      for (at, target) in missingLinks {
        let link = links[at]
        links[at] = ExportLink(
          source: link.source, linkIndex: link.linkIndex, target: Int32(-1 - index[target]!),
          inCycle: false)
      }
    }
    return (links, missing)
  }
}
