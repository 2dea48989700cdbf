import DependencyGraph
import DuplicateDetection
import RegistryModel

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

/// `check [--strict]`: every finding: locks, certain duplicates, broken files and links that
/// lead out of the registry; fails on errors (and with `--strict` on warnings).
struct CheckCommand: Command {
  static let name = "check"
  /// Whether warnings fail the check too.
  var strict: Bool

  init(strict: Bool = false) { self.strict = strict }

  init(parsing invocation: Invocation) throws(CommandError) {
    strict = invocation.has("strict")
  }

  func run(in session: inout Session) throws(CommandError) -> FindingsReport {
    _ = try session.openStore()
    let (registry, graph, today) = (session.registrySnapshot, session.currentGraph(), session.today)
    let (locks, certain) = try session.interruptibly {
      let finder = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
      return (
        LockFinder.findings(in: registry, graph: graph, today: today),
        finder.certainDuplicates(in: registry)
      )
    }
    var findings = locks
    findings += certain.map { cluster in
      Finding(
        code: .duplicate, services: cluster.services,
        message: "\(cluster.services.map(\.rawValue).joined(separator: ", ")) are the same "
          + "service: \(cluster.evidence.map(\.description).joined(separator: "; ")); "
          + "keep one and retire the others")
    }
    findings += session.brokenFiles.map { file in
      Finding(
        code: .brokenFile, services: file.serviceID.map { [$0] } ?? [],
        message: file.error.description)
    }
    findings += (session.store?.linksLeavingRegistry ?? []).map { link in
      Finding(
        code: .linkOutside, services: [],
        message: "\(link.path) is a symbolic link to \(link.target), outside the registry: "
          + "svcreg reads through it but will not write there; replace it with a folder")
    }
    return FindingsReport(findings: findings, strict: strict, title: "findings")
  }
}
