import DependencyGraph
import RegistryModel
import SemVer

/// What `deps` or `rdeps` found: the tree's rows in pre-order, over the graph they index.
struct DependencyTree {
  /// A link from a service in the tree to an id with no service.
  struct UnresolvedLink {
    /// The service that links.
    var from: ServiceID
    /// The link.
    var link: Link
    /// The file that would define the target but does not parse, if that is why.
    var brokenFile: String?

    /// Why the target cannot be shown.
    var reason: String {
      brokenFile.map { "its file \($0) does not parse" } ?? "no such service"
    }
  }

  /// The service at the root.
  var root: ServiceID
  /// Whether the tree follows links backwards.
  var reverse: Bool
  /// The levels followed, when limited.
  var depth: Int?
  /// The graph the rows index.
  var graph: DependencyGraph
  /// The rows, in pre-order.
  var rows: [TreeRow]
  /// Links the tree cannot show, since their targets have no service.
  var unresolved: [UnresolvedLink]

  /// The services one link away.
  var direct: Int { Set(rows.lazy.filter { $0.depth == 1 }.map(\.vertex)).count }

  /// The services any number of links away.
  var total: Int {
    let root = rows.first?.vertex
    return Set(rows.lazy.filter { $0.depth >= 1 && $0.vertex != root }.map(\.vertex)).count
  }
}

/// What `why` found: the shortest chain of links from one service to another, if any.
struct DependencyPath {
  /// One link of the chain.
  struct Hop {
    /// The service that depends.
    var from: ServiceID
    /// The service depended on.
    var to: ServiceID
    /// The link.
    var link: Link
    /// The version of `to` the link resolves to.
    var resolved: Version?
  }

  /// Where the chain starts.
  var from: ServiceID
  /// Where it ends.
  var to: ServiceID
  /// The links, in order; `nil` when `from` does not depend on `to`.
  var hops: [Hop]?
  /// Whether `to` depends on `from` instead.
  var reverseExists: Bool
}

/// What `locks` or `check` found, and whether that fails.
struct FindingsReport {
  /// The findings, in the order to list them.
  var findings: [Finding]
  /// Whether warnings fail as errors do.
  var strict: Bool
  /// What the findings are called when there are none ("no findings").
  var title: String
  /// The git revision the findings are new since (`check --since`), when they are.
  var since: String?
  /// With `since`: the findings of that revision the changes resolved.
  var resolved: [Finding] = []
  /// Where each finding points in the files, when the report is written as SARIF.
  var sarif: SARIFLocations?
  /// Whether the JSON document is printed whatever the session's `--json` says
  /// (`--format json`).
  var forcesJSON = false

  /// The findings that are errors.
  var errors: Int { findings.filter { $0.severity == .error }.count }
  /// The findings that are warnings.
  var warnings: Int { findings.count - errors }
}
