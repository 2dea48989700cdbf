import RegistryModel

/// Changes held in memory from `RegistryStore.beginTransaction` until `RegistryStore.commit`
/// writes them as one batch, or until they are dropped; the registry as they left it is what
/// commands see meanwhile.
public struct RegistryTransaction: Sendable {
  /// The registry as the transaction's changes left it.
  public private(set) var registry: Registry
  /// Everything the changes touched.
  public private(set) var changes = RegistryChanges()
  /// One journal line per change, written with the batch.
  public private(set) var journal: [JournalEntry] = []

  /// A transaction starting from `registry`.
  init(registry: Registry) {
    self.registry = registry
  }

  /// The number of changes made.
  public var changeCount: Int { journal.count }

  /// Makes one change: `body` changes the registry in place and says what it touched, and
  /// `journal` gives that change's journal line. The registry is unchanged when `body` throws,
  /// since model rules check before they change anything.
  @discardableResult
  public mutating func change<Failure: Error>(
    journal entry: (RegistryChanges) -> JournalEntry,
    _ body: (inout Registry) throws(Failure) -> RegistryChanges
  ) throws(Failure) -> RegistryChanges {
    let touched = try body(&registry)
    changes.formUnion(touched)
    journal.append(entry(touched))
    return touched
  }
}
