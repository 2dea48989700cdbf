import DependencyGraph
import RegistryModel

/// `why FROM TO`: the shortest chain of links by which one service depends on another.
struct WhyCommand: Command {
  static let name = "why"
  /// The service that depends.
  var from: ServiceID
  /// The service depended on.
  var to: ServiceID

  init(from: ServiceID, to: ServiceID) {
    self.from = from
    self.to = to
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    from = try invocation.required(0, as: ServiceID.self)
    to = try invocation.required(1, as: ServiceID.self)
  }

  func run(in session: inout Session) throws(CommandError) -> DependencyPath {
    _ = try session.openStore()
    let graph = session.currentGraph()
    guard let source = graph.index(of: from) else { throw .model(.unknownService(from)) }
    guard let target = graph.index(of: to) else { throw .model(.unknownService(to)) }
    guard let path = graph.shortestPath(from: source, to: target) else {
      return DependencyPath(
        from: from, to: to, hops: nil,
        reverseExists: graph.shortestPath(from: target, to: source) != nil)
    }
    return DependencyPath(
      from: from, to: to,
      hops: path.map { edge in
        let link = graph.link(of: edge)
        let targetService = graph.service(at: edge.target)
        return DependencyPath.Hop(
          from: graph.id(at: edge.source), to: targetService.id, link: link,
          resolved: link.resolution(in: targetService).version)
      }, reverseExists: false)
  }
}
