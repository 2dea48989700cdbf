import RegistryModel
import RegistryStore

/// `begin`, `commit` and `rollback`: a batch that lands whole or not at all.
extension Session {
  mutating func begin(_ invocation: Invocation) throws(CommandError) -> Reply {
    guard batch == nil else {
      throw .batchState("a batch is already open; commit or rollback first")
    }
    try beginBatch()
    return Reply(
      text: "batch started: changes land together at 'commit'\n",
      json: .object([("ok", true), ("batch", "open")]))
  }

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

  mutating func commit(_ invocation: Invocation) throws(CommandError) -> Reply {
    // The files as they were before the batch, against the files after it.
    let before = scriptDepth == 0 ? store.map { lockFindings(in: $0.registry) } : nil
    let count = try commitBatch()
    var text = "committed: \(count) service\(count == 1 ? "" : "s") written\n"
    if let before, let after = store?.registry {
      text += LockDelta(from: before, to: lockFindings(in: after))?.text(style: style) ?? ""
    }
    return Reply(text: text, json: .object([("ok", true), ("written", .int(count))]))
  }

  /// `quit`: leaves, unless a batch is open and this is the first `quit` since: then it says
  /// what would be lost and leaves only when asked again.
  mutating func quit(_ invocation: Invocation) throws(CommandError) -> Reply {
    guard let pending = batch, !quitWarned else {
      return Reply(text: "", json: .object([("ok", true)]), quit: true)
    }
    quitWarned = true
    let count = pending.changeCount
    throw .batchState(
      "a batch with \(count) change\(count == 1 ? "" : "s") is open and would be lost: "
        + "'commit' or 'rollback' it, or quit again to drop it")
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

  mutating func rollback(_ invocation: Invocation) throws(CommandError) -> Reply {
    guard let pending = batch else { throw .batchState("no batch is open") }
    batch = nil
    return Reply(
      text:
        "rolled back: \(pending.changeCount) change\(pending.changeCount == 1 ? "" : "s") dropped\n",
      json: .object([("ok", true), ("dropped", .int(pending.changeCount))]))
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
