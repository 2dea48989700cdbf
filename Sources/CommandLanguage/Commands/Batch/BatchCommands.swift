import RegistryModel

/// `begin`: opens a batch; later changes land together at `commit`.
struct BeginCommand: Command {
  static let name = "begin"
  static let changesWhatCommandsSee = true
  static let runsInsideAtomicRun = false

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> BatchOutcome {
    guard !session.isInBatch else {
      throw .batchState("a batch is already open; commit or rollback first")
    }
    try session.beginBatch()
    return .begun
  }
}

/// `commit`: writes the open batch, all or nothing, and says what it did to the locks.
struct CommitCommand: Command {
  static let name = "commit"
  static let changesWhatCommandsSee = true
  static let runsInsideAtomicRun = false

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> BatchOutcome {
    // The files as they were before the batch, against the files after it.
    let before =
      session.reportsCommitLockDelta
      ? session.store.map { session.lockFindings(in: $0.registry) } : nil
    let count = try session.commitBatch()
    let delta = before.flatMap { before in
      session.store.flatMap { LockDelta(from: before, to: session.lockFindings(in: $0.registry)) }
    }
    return .committed(services: count, lockDelta: delta)
  }
}

/// `rollback`: drops the open batch's changes.
struct RollbackCommand: Command {
  static let name = "rollback"
  static let changesWhatCommandsSee = true
  static let runsInsideAtomicRun = false

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> BatchOutcome {
    guard let dropped = session.rollbackBatch() else { throw .batchState("no batch is open") }
    return .rolledBack(changes: dropped)
  }
}

/// `quit` (`exit`, `\q`): leaves, unless a batch is open and this is the first `quit` since:
/// then it says what would be lost and leaves only when asked again.
struct QuitCommand: Command {
  static let name = "quit"
  static let runsInsideAtomicRun = false
  static let readsRegistry = false

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> BatchOutcome {
    if let count = session.changesLostByQuitting() {
      throw .batchState(
        "a batch with \(count) change\(count == 1 ? "" : "s") is open and would be lost: "
          + "'commit' or 'rollback' it, or quit again to drop it")
    }
    return .leaving
  }
}
