import RegistryModel

extension LockFinder {
  /// The `replacement-loop` findings: chains of `replaced-by` that loop, or end in something
  /// retired or missing; O(services + versions), each service and version followed once.
  static func replacementFindings(in graph: DependencyGraph) -> [Finding] {
    ReplacementChains(graph: graph).findings()
  }

  /// The replacement chains of one graph, with the walk that classifies them.
  ///
  /// Every service and every version is a node: service `v` is node `v`, and its version `i`
  /// is node `vertexCount + firstVersion[v] + i`, so that the walk keeps its state in flat
  /// arrays rather than dictionaries.
  private struct ReplacementChains {
    /// Where following replacements from a node ends.
    private enum Outcome: UInt8 {
      case unvisited
      case live
      case retired
      case missing
      case loop
    }

    let graph: DependencyGraph
    /// `firstVersion[v]` counts the versions of the services before `v`.
    private let firstVersion: [Int32]
    /// The service of each version node, by its position among the versions.
    private let versionOwner: [Int32]

    init(graph: DependencyGraph) {
      self.graph = graph
      var firstVersion = [Int32](repeating: 0, count: graph.vertexCount + 1)
      var versionOwner: [Int32] = []
      for vertex in 0..<graph.vertexCount {
        let count = graph.services[vertex].versions.count
        firstVersion[vertex + 1] = firstVersion[vertex] + Int32(count)
        versionOwner.append(contentsOf: repeatElement(Int32(vertex), count: count))
      }
      self.firstVersion = firstVersion
      self.versionOwner = versionOwner
    }

    private var nodeCount: Int { graph.vertexCount + versionOwner.count }

    private func node(_ vertex: Int, version: Int?) -> Int {
      guard let version else { return vertex }
      return graph.vertexCount + Int(firstVersion[vertex]) + version
    }

    /// The service of `node`, and its version when it is a version node.
    private func subject(of node: Int) -> (vertex: Int, version: Int?) {
      guard node >= graph.vertexCount else { return (node, nil) }
      let vertex = Int(versionOwner[node - graph.vertexCount])
      return (vertex, node - graph.vertexCount - Int(firstVersion[vertex]))
    }

    private func label(_ node: Int) -> String {
      let (vertex, version) = subject(of: node)
      guard let version else { return graph.id(at: vertex).rawValue }
      return "\(graph.id(at: vertex))@\(graph.services[vertex].versions[version].version)"
    }

    private func isRetired(_ node: Int) -> Bool {
      let (vertex, version) = subject(of: node)
      if graph.services[vertex].lifecycle == .retired { return true }
      guard let version else { return false }
      return graph.services[vertex].versions[version].lifecycle == .retired
    }

    /// The replacement a node names; a version without one of its own is replaced as its
    /// service is.
    private func replacement(of node: Int) -> Reference? {
      let (vertex, version) = subject(of: node)
      if let version, let own = graph.services[vertex].versions[version].deprecation?.replacedBy {
        return own
      }
      return graph.services[vertex].deprecation?.replacedBy
    }

    /// The node a reference names: a range names the newest version it selects that is not
    /// retired, else the newest it selects at all.
    private func node(named reference: Reference) -> Int? {
      guard let vertex = graph.index(of: reference.service) else { return nil }
      let versions = graph.services[vertex].versions
      switch reference.selector {
      case .service:
        return vertex
      case .version(let version):
        return versions.firstIndex { $0.version.compareByPrecedence(version) == 0 }
          .map { node(vertex, version: $0) }
      case .range(let range):
        let resolution = RangeResolution(range: range, versions: versions, newestActive: nil)
        return (resolution.resolved ?? resolution.newestMatch).map { node(vertex, version: $0) }
      }
    }

    func findings() -> [Finding] {
      var starts: [Int] = []
      for vertex in 0..<graph.vertexCount {
        if graph.services[vertex].deprecation?.replacedBy != nil { starts.append(vertex) }
        let versions = graph.services[vertex].versions
        for version in versions.indices where versions[version].deprecation?.replacedBy != nil {
          starts.append(node(vertex, version: version))
        }
      }
      guard !starts.isEmpty else { return [] }

      var outcome = [Outcome](repeating: .unvisited, count: nodeCount)
      // The node each walked node is replaced by, or -1.
      var next = [Int32](repeating: -1, count: nodeCount)
      var walked: [Int] = []
      var loops: [[Int]] = []
      var path: [Int] = []
      for start in starts where outcome[start] == .unvisited {
        path.removeAll(keepingCapacity: true)
        var current = start
        var result: Outcome
        while true {
          if outcome[current] != .unvisited {
            result = outcome[current]
            break
          }
          // Chains are short, so a linear search of the path is quick.
          if let position = path.firstIndex(of: current) {
            loops.append(Array(path[position...]))
            result = .loop
            break
          }
          guard let reference = replacement(of: current) else {
            result = isRetired(current) ? .retired : .live
            outcome[current] = result
            break
          }
          path.append(current)
          walked.append(current)
          guard let following = node(named: reference) else {
            result = .missing
            break
          }
          next[current] = Int32(following)
          current = following
        }
        // Every node on the walk ends where the walk ended; one leading into a loop is covered
        // by the loop's own finding.
        for node in path { outcome[node] = result }
      }

      var livePredecessors = [Int32](repeating: 0, count: nodeCount)
      for node in walked where next[node] >= 0 && !isRetired(node) {
        livePredecessors[Int(next[node])] += 1
      }
      var findings = loops.map(loopFinding)
      for node in walked.sorted()
      where (outcome[node] == .retired || outcome[node] == .missing) && !isRetired(node)
        && livePredecessors[node] == 0
      {
        findings.append(deadEndFinding(from: node))
      }
      return findings
    }

    private func loopFinding(_ loop: [Int]) -> Finding {
      let first = loop.indices.min { loop[$0] < loop[$1] }!
      let ordered = Array(loop[first...] + loop[..<first])
      var ids = ordered.map { graph.id(at: subject(of: $0).vertex) }
      ids.append(ids[0])
      let labels = (ordered + [ordered[0]]).map(label)
      let hops = labels.dropFirst().joined(separator: ", which is replaced by ")
      return Finding(
        code: .replacementLoop, services: Array(Set(ids)).sorted(),
        message: "the replacements go round in a loop: \(labels[0]) is replaced by \(hops); "
          + "point one of them at something that is not deprecated",
        loop: ids)
    }

    private func deadEndFinding(from start: Int) -> Finding {
      var services = [graph.id(at: subject(of: start).vertex)]
      var text = label(start)
      var current = start
      var connector = " is replaced by "
      while true {
        guard let reference = replacement(of: current) else {
          text += ", which is retired"
          break
        }
        guard let following = node(named: reference) else {
          text += connector + "\(reference), which does not exist"
          if !services.contains(reference.service) { services.append(reference.service) }
          break
        }
        text += connector + label(following)
        connector = ", which is replaced by "
        let id = graph.id(at: subject(of: following).vertex)
        if !services.contains(id) { services.append(id) }
        current = following
      }
      return Finding(
        code: .replacementLoop, services: services,
        message: text + "; point \(label(start))'s replacement at something live")
    }
  }
}
