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
}
