import RegistryModel

/// The one way a change reaches the files: closure-scoped, under the writer lock, on the
/// newest state, all or nothing.
extension RegistryStore {
  /// Takes the writer lock, waiting up to `timeout` seconds for another writer, and rereads
  /// what others changed before it was taken (only what `watcher` reports, when there is one),
  /// so that the change about to be made is made on the newest files.
  public mutating func lockForChange(
    timeout: Double = defaultLockTimeout, watcher: DirectoryWatcher? = nil
  ) throws(StoreError) -> (lock: WriterLock, changed: [String]) {
    let lock = try lockForWriting(timeout: timeout)
    return (lock, try refresh(using: watcher))
  }

  /// Changes the registry and writes what the change touched, with its journal line, as one
  /// batch: under `lock` when the caller holds it, else under a lock taken (and the files
  /// reread) now and left in `lock`, for the caller to keep (a script) or drop.
  ///
  /// `body` changes the newest registry in place, without a copy, and says what it touched.
  /// Nothing is written, and the registry is as it was, when `body` throws; when the write
  /// fails the files are reread, so that memory never runs ahead of them.
  @discardableResult
  public mutating func write<Failure: StoreErrorConvertible>(
    lock: inout WriterLock?, timeout: Double = defaultLockTimeout,
    watcher: DirectoryWatcher? = nil, journal entry: (RegistryChanges) -> JournalEntry,
    _ body: (inout Registry) throws(Failure) -> RegistryChanges
  ) throws(Failure) -> RegistryChanges {
    do {
      if lock == nil { lock = try lockForChange(timeout: timeout, watcher: watcher).lock }
      var registry = takeRegistry()
      let touched: RegistryChanges
      do {
        touched = try body(&registry)
      } catch {
        // Model rules check before they change anything, so the registry is as it was.
        putBack(registry)
        throw Wrapped.failure(error)
      }
      putBack(registry)
      let update = StoreUpdate(
        services: Dictionary(
          uniqueKeysWithValues: touched.services.map { ($0, self.registry.services[$0]) }),
        units: touched.units ? self.registry.units : nil,
        settings: touched.settings ? self.registry.settings : nil,
        journal: [entry(touched)])
      do {
        try save(update, holding: lock!)
      } catch {
        try? reload()
        throw error
      }
      return touched
    } catch let error as StoreError {
      throw Failure(storeError: error)
    } catch Wrapped<Failure>.failure(let error) {
      throw error
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
  }

  /// A transaction on the newest files, for changes that must land together.
  public mutating func beginTransaction(watcher: DirectoryWatcher? = nil) throws(StoreError)
    -> RegistryTransaction
  {
    try refresh(using: watcher)
    return RegistryTransaction(registry: registry)
  }

  /// A transaction on the registry as it is in memory, for a writer holding the lock, who
  /// knows no one else has changed the files since it read them.
  public func beginTransactionUnderHeldLock() -> RegistryTransaction {
    RegistryTransaction(registry: registry)
  }

  /// Writes `transaction`'s changes as one batch, under `lock` when the caller holds it, else
  /// under a lock taken now and left in `lock`.
  ///
  /// Refuses, writing nothing, when a file the transaction would overwrite changed on disk
  /// since it began (`changedOnDisk`), or when a link it made leads to a service that exists
  /// neither in the transaction nor on disk (`linksToMissingServices`). O(size of the change).
  public mutating func commit(
    _ transaction: RegistryTransaction, lock: inout WriterLock?,
    timeout: Double = defaultLockTimeout, watcher: DirectoryWatcher? = nil
  ) throws(StoreError) {
    let changes = transaction.changes
    let pathsBefore = Set(changes.services.compactMap { relativePath(of: $0) })
    var changed: Set<String> = []
    if lock == nil {
      let taken = try lockForChange(timeout: timeout, watcher: watcher)
      lock = taken.lock
      changed = Set(taken.changed)
    }
    var conflicts = changed.intersection(pathsBefore)
    if changes.units, changed.contains(RegistryLayout.unitsFile) {
      conflicts.insert(RegistryLayout.unitsFile)
    }
    if changes.settings, changed.contains(RegistryLayout.settingsFile) {
      conflicts.insert(RegistryLayout.settingsFile)
    }
    // Someone else may have created or moved a file for an id the transaction writes.
    for id in changes.services {
      if let path = relativePath(of: id), changed.contains(path) { conflicts.insert(path) }
    }
    guard conflicts.isEmpty else { throw .changedOnDisk(conflicts.sorted().map(displayPath)) }
    var missing: [RegistryChanges.LinkEnds] = []
    for link in changes.linksToCheck {
      let from = changes.services.contains(link.from) ? transaction.registry : registry
      guard from.services[link.from]?.link(to: link.to) != nil else { continue }
      let exists =
        (changes.services.contains(link.to)
          ? transaction.registry.services[link.to] : registry.services[link.to]) != nil
      if !exists && brokenFile(for: link.to) == nil { missing.append(link) }
    }
    guard missing.isEmpty else {
      throw .linksToMissingServices(missing.map { "\($0.from) -> \($0.to)" })
    }
    let update = StoreUpdate(
      services: Dictionary(
        uniqueKeysWithValues: changes.services.map { ($0, transaction.registry.services[$0]) }),
      units: changes.units ? transaction.registry.units : nil,
      settings: changes.settings ? transaction.registry.settings : nil,
      journal: transaction.journal)
    try save(update, holding: lock!)
  }

  /// Rereads what changed, asking `watcher` what that is when there is one.
  @discardableResult
  public mutating func refresh(using watcher: DirectoryWatcher?) throws(StoreError) -> [String] {
    if let watcher { return try refresh(using: watcher) }
    return try refresh()
  }
}

/// Carries the caller's error out of `write`'s inner `do`, past the clause that catches the
/// store's own.
private enum Wrapped<Failure: Error>: Error {
  case failure(Failure)
}
