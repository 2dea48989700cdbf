import RegistryModel
import RegistryStore

/// The changes made since `begin`, held in memory until `commit` writes them as one batch.
struct PendingBatch {
  /// The registry as the batch's changes left it.
  var registry: Registry
  /// The services changed, created or moved.
  var touched: Set<ServiceID> = []
  /// Whether units.toml changed.
  var unitsChanged = false
  /// The journal lines, written with the batch.
  var journal: [JournalEntry] = []
  /// Links whose targets are checked at commit, with the command that made each.
  var deferredLinks: [(from: ServiceID, to: ServiceID)] = []
}
