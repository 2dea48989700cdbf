import DependencyGraph
import RegistryModel

/// What `diff` found between two states of the registry.
struct RegistryDiffReport {
  /// The older state, as the user named it.
  var from: String
  /// The newer state, as the user named it, or "working tree".
  var to: String
  /// The services and units that changed.
  var difference: RegistryDifference
  /// Findings the newer state has and the older has not.
  var introduced: [Finding]
  /// Findings the older state has and the newer has not.
  var resolved: [Finding]
  /// How the report is written.
  var format: ReportFormat
}
