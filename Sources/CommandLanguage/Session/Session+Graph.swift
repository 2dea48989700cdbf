import DependencyGraph
import DuplicateDetection
import Foundation
import RegistryModel
import RegistryStore
import SemVer

/// A graph with the generation of the registry it was built from, so that it is rebuilt only
/// after a change (comparing registries instead would cost as much as rebuilding).
struct GraphCache {
  var generation: Int
  var graph: DependencyGraph
}

/// The graph the dependency commands share, and the date their checks run on.
extension Session {
  /// The graph of the registry as commands see it now, built anew when the registry changed.
  mutating func currentGraph() -> DependencyGraph {
    if let cached = graphCache, cached.generation == generation { return cached.graph }
    let graph = DependencyGraph(registrySnapshot)
    graphCache = GraphCache(generation: generation, graph: graph)
    return graph
  }

  /// Today in UTC, for sunset dates, unless the options fix it (`SVCREG_TODAY`).
  var today: CalendarDate {
    if let fixed = options.today { return fixed }
    let stamp = Journal.timestamp()
    return (try? CalendarDate(validating: stamp.prefix(10)))
      ?? (try! CalendarDate(validating: "2000-01-01"))
  }
}
