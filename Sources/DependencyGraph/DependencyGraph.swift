import RegistryModel

/// A registry's links as a compact graph: each service is a vertex numbered in id order, each
/// link between two registered services is an edge, kept forward and reverse in flat arrays.
///
/// A vertex is an `Int` in `0..<vertexCount`; an edge is an `Int` in `0..<edgeCount`, numbered
/// by source vertex and then by target, so the edges of one service are contiguous and follow
/// the order of its links. Links that name no registered service are not edges; they are kept
/// in `missingTargets`.
public struct DependencyGraph: Sendable {
  /// The service ids in ascending order; vertex `v` is `ids[v]`.
  public let ids: [ServiceID]
  /// The services, in the same order as `ids`.
  let services: [Service]
  /// Each service's lifecycle, kept apart so that whole-graph checks read one byte per service.
  let lifecycles: [Lifecycle]
  let idTable: IDTable
  /// `forwardOffsets[v]..<forwardOffsets[v + 1]` are the edges leaving `v`.
  let forwardOffsets: [Int32]
  /// The target vertex of each edge.
  let edgeTargets: [Int32]
  /// The source vertex of each edge, so that a reverse entry needs no search.
  let edgeSources: [Int32]
  /// Where each edge's link sits in its source service's `links`.
  let edgeLinkIndices: [Int32]
  /// `reverseOffsets[v]..<reverseOffsets[v + 1]` index `reverseEdges` for the edges entering `v`.
  let reverseOffsets: [Int32]
  /// Edge numbers grouped by target vertex, each group in ascending source order.
  let reverseEdges: [Int32]
  /// The links whose target is not a registered service, in source order.
  public let missingTargets: [MissingTarget]

  /// Builds the graph of `registry`; O(V log V + E), the sort of the ids being the only
  /// superlinear step.
  public init(_ registry: Registry) {
    let ids = registry.sortedServiceIDs
    precondition(ids.count < Int(Int32.max), "too many services for a 32-bit vertex index")
    let idTable = IDTable(ids)

    var services: [Service] = []
    services.reserveCapacity(ids.count)
    var lifecycles: [Lifecycle] = []
    lifecycles.reserveCapacity(ids.count)
    var forwardOffsets = [Int32](repeating: 0, count: ids.count + 1)
    // Counted one slot ahead so that the prefix sum below turns counts into start offsets.
    var reverseOffsets = [Int32](repeating: 0, count: ids.count + 1)
    let linkCount = registry.linkCount
    var edgeTargets: [Int32] = []
    var edgeSources: [Int32] = []
    var edgeLinkIndices: [Int32] = []
    edgeTargets.reserveCapacity(linkCount)
    edgeSources.reserveCapacity(linkCount)
    edgeLinkIndices.reserveCapacity(linkCount)
    var missingTargets: [MissingTarget] = []
    for (vertex, id) in ids.enumerated() {
      services.append(registry.services[id]!)
      lifecycles.append(services[vertex].lifecycle)
      // Reading each link's target in place; binding whole links would copy their ranges.
      services[vertex].links.withUnsafeBufferPointer { links in
        for linkIndex in links.indices {
          guard let target = idTable.vertex(of: links[linkIndex].target, in: ids) else {
            missingTargets.append(
              MissingTarget(source: vertex, linkIndex: linkIndex, target: links[linkIndex].target))
            continue
          }
          edgeTargets.append(Int32(target))
          edgeSources.append(Int32(vertex))
          edgeLinkIndices.append(Int32(linkIndex))
          reverseOffsets[target + 1] += 1
        }
      }
      precondition(edgeTargets.count < Int(Int32.max), "too many links for a 32-bit edge index")
      forwardOffsets[vertex + 1] = Int32(edgeTargets.count)
    }
    for vertex in 0..<ids.count { reverseOffsets[vertex + 1] += reverseOffsets[vertex] }
    var reverseEdges = [Int32](repeating: 0, count: edgeTargets.count)
    var cursor = reverseOffsets
    // Edges are visited in source order, so each target's group comes out sorted by source.
    for edge in edgeTargets.indices {
      let target = Int(edgeTargets[edge])
      reverseEdges[Int(cursor[target])] = Int32(edge)
      cursor[target] += 1
    }

    self.ids = ids
    self.services = services
    self.lifecycles = lifecycles
    self.idTable = idTable
    self.forwardOffsets = forwardOffsets
    self.edgeTargets = edgeTargets
    self.edgeSources = edgeSources
    self.edgeLinkIndices = edgeLinkIndices
    self.reverseOffsets = reverseOffsets
    self.reverseEdges = reverseEdges
    self.missingTargets = missingTargets
  }

  /// The number of services; O(1).
  public var vertexCount: Int { ids.count }

  /// The number of links between registered services; O(1).
  public var edgeCount: Int { edgeTargets.count }

  /// The vertex of the service `id`, or `nil` when no such service is registered; O(1).
  public func index(of id: ServiceID) -> Int? {
    idTable.vertex(of: id, in: ids)
  }

  /// The id of the service at `vertex`; O(1).
  public func id(at vertex: Int) -> ServiceID { ids[vertex] }

  /// The service at `vertex`, as it was in the registry the graph was built from; O(1).
  public func service(at vertex: Int) -> Service { services[vertex] }

  /// The edge numbered `index`; O(1).
  public func edge(at index: Int) -> Edge {
    Edge(
      index: index, source: Int(edgeSources[index]), target: Int(edgeTargets[index]),
      linkIndex: Int(edgeLinkIndices[index]))
  }

  /// The link an edge stands for, with its range, kind and note; O(1).
  public func link(of edge: Edge) -> Link {
    services[edge.source].links[edge.linkIndex]
  }

  /// The links leaving `vertex` (what it depends on), in target id order; O(1), a view.
  public func dependencies(of vertex: Int) -> Edges {
    Edges(
      graph: self, reverse: false, startIndex: Int(forwardOffsets[vertex]),
      endIndex: Int(forwardOffsets[vertex + 1]))
  }

  /// The links entering `vertex` (what depends on it), in source id order; O(1), a view.
  public func dependents(of vertex: Int) -> Edges {
    Edges(
      graph: self, reverse: true, startIndex: Int(reverseOffsets[vertex]),
      endIndex: Int(reverseOffsets[vertex + 1]))
  }

  /// The same as `dependents(of:)`, for call sites that speak of reverse dependencies; O(1).
  public func reverseDependencies(of vertex: Int) -> Edges { dependents(of: vertex) }

  /// The edge from `source` to `target`, if `source` links to it; O(log out-degree).
  public func edge(from source: Int, to target: Int) -> Edge? {
    var low = Int(forwardOffsets[source])
    var high = Int(forwardOffsets[source + 1])
    let wanted = Int32(target)
    // Targets of one vertex are sorted because links are ordered by target id.
    while low < high {
      let middle = (low + high) / 2
      if edgeTargets[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    guard low < Int(forwardOffsets[source + 1]), edgeTargets[low] == wanted else { return nil }
    return edge(at: low)
  }
}
