import DependencyGraph
import RegistryModel

/// What a change did to the dependency locks, said right after it.
extension Session {
  /// Whether a change should be followed by its lock delta: a command typed alone, not one
  /// line of a script or a batch, where the whole check would run after every line.
  var reportsLockDelta: Bool { batch == nil && scriptDepth == 0 }

  /// The findings of `locks` and `check`'s lock part on `registry`. O(V + E).
  func lockFindings(in registry: Registry) -> Set<Finding> {
    Set(LockFinder.findings(in: registry, graph: DependencyGraph(registry), today: today))
  }

  /// The findings `after` has and `before` had not, and the reverse, as lines to print after
  /// the change's own; empty when the locks are the same. O(findings).
  func lockDelta(from before: Set<Finding>, to after: Set<Finding>) -> String {
    let introduced = after.subtracting(before).sorted(by: Finding.listedBefore)
    let resolved = before.subtracting(after).sorted(by: Finding.listedBefore)
    guard !introduced.isEmpty || !resolved.isEmpty else { return "" }
    var text = "locks: \(introduced.count) introduced, \(resolved.count) resolved\n"
    func list(_ findings: [Finding], _ mark: String) {
      for finding in findings.prefix(10) {
        let label = "\(finding.severity) \(finding.code)"
        text +=
          "  \(mark) "
          + (finding.severity == .error ? style.error(label) : style.warning(label))
          + ": \(finding.message)\n"
      }
      if findings.count > 10 { text += "  \(mark) … and \(findings.count - 10) more\n" }
    }
    list(introduced, "+")
    list(resolved, "-")
    return text
  }
}
