import RegistryStore

/// `undo [N]`: the last change (or the last N) taken back, from what it replaced; refused when
/// its files were changed since.
struct UndoCommand: Command {
  static let name = "undo"
  static let runsInsideAtomicRun = false
  /// How many changes to take back.
  var count: Int

  init(parsing invocation: Invocation) throws(CommandError) {
    count = try invocation.argument(0, as: Limit.self)?.count ?? 1
  }

  func run(in session: inout Session) throws(CommandError) -> UndoOutcome {
    guard !session.isInBatch else {
      throw .batchState(
        "'undo' takes back changes already written; 'rollback' drops the open batch instead")
    }
    var store = try session.openStore()
    // Taken out of the session while it changes, so that its registry is not copied.
    session.store = nil
    defer { session.store = store }
    do throws(StoreError) {
      let lock: WriterLock
      if let held = session.heldLock {
        lock = held
      } else {
        lock = try store.lockForWriting(timeout: session.options.lockTimeout)
      }
      if session.options.holdsWriterLock { session.heldLock = lock }
      return UndoOutcome(
        commands: try store.undo(count: count, actor: session.options.actor, holding: lock))
    } catch {
      throw .store(error)
    }
  }
}
