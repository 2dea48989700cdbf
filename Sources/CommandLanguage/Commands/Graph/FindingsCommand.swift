import DependencyGraph
import DuplicateDetection
import RegistryModel
import RegistryStore

/// `locks`: the dependency locks (cycles, deprecated or retired targets still depended on,
/// ranges nothing satisfies).
struct LocksCommand: Command {
  static let name = "locks"

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> FindingsReport {
    _ = try session.openStore()
    let (registry, graph, today) = (session.registrySnapshot, session.currentGraph(), session.today)
    let findings = try session.interruptibly {
      LockFinder.findings(in: registry, graph: graph, today: today)
    }
    return FindingsReport(findings: findings, strict: false, title: "dependency locks")
  }
}

/// `check [--strict] [--since REV] [--format text|json|sarif]`: every finding: locks, certain
/// duplicates, broken files and links that lead out of the registry (with `--strict`, services
/// that name no owner too), or only those the changes
/// since a git revision introduced; fails on errors (and with `--strict` on warnings).
struct CheckCommand: Command {
  static let name = "check"
  /// Whether warnings fail the check too.
  var strict: Bool
  /// The git revision whose findings are not reported, when given.
  var since: String?
  /// How the findings are written.
  var format: FindingsFormat

  init(strict: Bool = false, since: String? = nil, format: FindingsFormat = .text) {
    self.strict = strict
    self.since = since
    self.format = format
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    strict = invocation.has("strict")
    since = invocation.value("since")
    format = try invocation.value("format", as: FindingsFormat.self) ?? .text
  }

  func run(in session: inout Session) throws(CommandError) -> FindingsReport {
    let store = try session.openStore()
    let (registry, graph, today) = (session.registrySnapshot, session.currentGraph(), session.today)
    guard let since else {
      let current = try session.interruptibly {
        RegistryFindings(
          registry: registry, graph: graph, store: store, today: today, owners: strict)
      }
      return report(
        FindingsReport(findings: current.findings, strict: strict, title: "findings"),
        store: store)
    }
    session.progress?.report("reading the registry at \(since)")
    let older = try store.viewed(at: since)
    session.progress?.report("finding the findings of both")
    // Both states at once, one core each.
    let (current, then) = try session.interruptibly {
      let findings = RegistryFindings.ofEach(
        [(registry, store), (older.registry, older)], today: today, owners: strict)
      return (findings[0], findings[1])
    }
    var report = FindingsReport(
      findings: current.introduced(since: then), strict: strict,
      title: "findings introduced since \(since)")
    report.since = since
    report.resolved = then.introduced(since: current)
    return self.report(report, store: store)
  }

  /// `report` in the format asked for.
  private func report(_ report: FindingsReport, store: RegistryStore) -> FindingsReport {
    var report = report
    if format == .sarif {
      report.sarif = SARIFLocations(findings: report.findings, store: store)
    } else if format == .json {
      report.forcesJSON = true
    }
    return report
  }
}
