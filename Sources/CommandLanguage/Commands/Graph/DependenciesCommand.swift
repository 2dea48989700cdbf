import DependencyGraph
import RegistryModel

/// `deps ID` and `rdeps ID`: the tree of what a service depends on, or of what depends on it.
struct DependenciesCommand: Command {
  static let name = "deps"
  /// The service at the root.
  var id: ServiceID
  /// Whether the tree follows links backwards (`rdeps`).
  var reverse: Bool
  /// How many levels to follow; all when `nil`.
  var depth: Depth?

  init(id: ServiceID, reverse: Bool = false, depth: Depth? = nil) {
    self.id = id
    self.reverse = reverse
    self.depth = depth
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    reverse = invocation.command.name == ReverseDependenciesCommand.name
    depth = try invocation.value("depth", as: Depth.self)
  }

  func run(in session: inout Session) throws(CommandError) -> DependencyTree {
    _ = try session.openStore()
    let graph = session.currentGraph()
    guard let root = graph.index(of: id) else { throw .model(.unknownService(id)) }
    let rows = graph.dependencyTree(of: root, depth: depth?.levels, reverse: reverse)
    // Links to ids with no service (never registered, or a file that does not parse) are no
    // edges, so the tree cannot show them; they are listed after it rather than hidden.
    var unresolved: [DependencyTree.UnresolvedLink] = []
    if !reverse, !graph.missingTargets.isEmpty {
      var shown = Set<Int>()
      for row in rows where !row.alreadyShown && !row.cutOffByDepth { shown.insert(row.vertex) }
      for missing in graph.missingTargets where shown.contains(missing.source) {
        let service = graph.service(at: missing.source)
        unresolved.append(
          DependencyTree.UnresolvedLink(
            from: service.id, link: service.links[missing.linkIndex],
            brokenFile: session.store?.brokenFile(for: missing.target).map {
              session.store!.displayPath($0.relativePath)
            }))
      }
    }
    return DependencyTree(
      root: id, reverse: reverse, depth: depth?.levels, graph: graph, rows: rows,
      unresolved: unresolved)
  }
}

/// `rdeps ID`: `deps` backwards, a word of its own in the table.
enum ReverseDependenciesCommand {
  static let name = "rdeps"
}
