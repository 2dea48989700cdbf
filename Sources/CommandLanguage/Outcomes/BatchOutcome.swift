import RegistryModel

/// What a batch command did.
enum BatchOutcome {
  /// `begin` opened a batch.
  case begun
  /// `commit` wrote the batch: the services written, and what it did to the locks.
  case committed(services: Int, lockDelta: LockDelta?)
  /// `rollback` dropped this many changes.
  case rolledBack(changes: Int)
  /// `quit` ends the session.
  case leaving
}
