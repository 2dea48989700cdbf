import DependencyGraph
import RegistryModel

/// What a new link would break, said before it is made.
extension Session {
  /// The problems the link from `from` would bring, each as one sentence: a link to itself, a
  /// target retired or deprecated, a range no version satisfies, a loop it would close. Only
  /// what is known now is judged: a target not yet registered (inside a batch) is checked at
  /// commit. The loop check needs the graph, which a script or a batch would rebuild after
  /// every line, so it is made only for a command typed alone (a batch's `commit` and `check`
  /// find loops for the rest). O(versions of the target), plus the graph's reach from it.
  func problems(linking from: ServiceID, with link: Link) -> [String] {
    if link.target == from { return ["\(from) would depend on itself, a loop of one"] }
    let registry = registrySnapshot
    guard let target = registry.services[link.target] else { return [] }
    var problems: [String] = []
    switch target.lifecycle {
    case .retired:
      problems.append("\(target.id) is retired")
    case .deprecated:
      var sentence = "\(target.id) is deprecated"
      if let reason = target.deprecation?.reason { sentence += " (\(reason))" }
      // Advice to use a replacement only when it is another service.
      if let replacement = target.deprecation?.replacedBy, replacement.service != from {
        sentence += "; use \(replacement) instead"
      }
      problems.append(sentence)
    case .planned, .active:
      break
    }
    if link.resolution(in: target) == .noVersionMatches {
      let versions = target.versions.filter { $0.lifecycle != .retired }.prefix(5)
        .map(\.version.description)
      problems.append(
        "no version of \(target.id) that is not retired satisfies \(link.range.source)"
          + (versions.isEmpty ? "" : " (it has \(versions.joined(separator: ", ")))"))
    }
    guard batch == nil, scriptDepth == 0 else { return problems }
    // Not the session's cached graph: the change about to be made would leave a graph cached
    // now stale under the generation it is counted in.
    let graph = DependencyGraph(registry)
    if let source = graph.index(of: from), let targetVertex = graph.index(of: link.target),
      let path = graph.shortestPath(from: targetVertex, to: source)
    {
      let loop = [link.target] + path.map { graph.id(at: $0.target) }
      problems.append(
        "it closes a loop: \(from) -> " + loop.map(\.rawValue).joined(separator: " -> "))
    }
    return problems
  }
}
