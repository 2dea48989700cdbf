import RegistryModel
import RegistryStore

/// The open batch: a transaction that lands whole or not at all.
extension Session {
  mutating func beginBatch() throws(CommandError) {
    var store = try openStore()
    do {
      // A script holding the lock has read everything since it took it.
      batch =
        heldLock == nil
        ? try store.beginTransaction(watcher: watcher) : store.beginTransactionUnderHeldLock()
    } catch {
      throw .store(error)
    }
    self.store = store
  }

  /// Whether `commit` should say what it did to the locks: typed alone, not in a script,
  /// where the whole check would run after every batch.
  var reportsCommitLockDelta: Bool { scriptDepth == 0 }

  /// For `quit`: the number of changes leaving would drop, the first time it is asked with a
  /// batch open (and it is marked as asked); `nil` when leaving loses nothing or was warned of.
  mutating func changesLostByQuitting() -> Int? {
    guard let pending = batch, !quitWarned else { return nil }
    quitWarned = true
    return pending.changeCount
  }

  /// Whether leaving now would drop an open batch without the user having been told.
  public var wouldDropABatch: Bool { batch != nil && !quitWarned }

  /// Says, once, that leaving would drop the open batch; for Ctrl-D, which is no command.
  public mutating func warnBeforeDroppingTheBatch() -> CommandResult? {
    guard wouldDropABatch, let count = batch?.changeCount else { return nil }
    quitWarned = true
    return CommandResult(
      errorOutput: "a batch with \(count) change\(count == 1 ? "" : "s") is open and would be "
        + "lost: 'commit' or 'rollback' it, or press Ctrl-D again to drop it\n",
      exitStatus: 1)
  }

  /// Drops the open batch; returns the number of changes dropped, or `nil` with none open.
  mutating func rollbackBatch() -> Int? {
    guard let pending = batch else { return nil }
    batch = nil
    return pending.changeCount
  }

  /// Writes the open batch in one store batch and closes it; when it is refused nothing is
  /// written and the batch stays open, to be repaired or rolled back. Returns the number of
  /// services written.
  @discardableResult
  mutating func commitBatch() throws(CommandError) -> Int {
    guard let pending = batch else { throw .batchState("no batch is open; start one with 'begin'") }
    do {
      return try commit(pending)
    } catch {
      // A batch that was committed but not written whole stands; only a refusal keeps it.
      if case .store(.batchNotFinished) = error { throw error }
      batch = pending
      throw error
    }
  }

  private mutating func commit(_ transaction: RegistryTransaction) throws(CommandError) -> Int {
    batch = nil
    var store = try openStore()
    self.store = nil
    defer { self.store = store }
    var lock = heldLock
    defer { if options.holdsWriterLock { heldLock = lock } }
    do {
      try store.commit(transaction, lock: &lock, timeout: options.lockTimeout, watcher: watcher)
    } catch {
      throw .store(error)
    }
    return transaction.changes.services.count
  }
}
