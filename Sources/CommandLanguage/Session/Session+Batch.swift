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
      if heldLock == nil { try store.refresh() }
    } catch {
      throw .store(error)
    }
    self.store = store
    batch = PendingBatch(registry: store.registry)
  }

  mutating func commit(_ invocation: Invocation) throws(CommandError) -> Reply {
    // The files as they were before the batch, against the files after it.
    let before = scriptDepth == 0 ? store.map { lockFindings(in: $0.registry) } : nil
    let count = try commitBatch()
    var text = "committed: \(count) service\(count == 1 ? "" : "s") written\n"
    if let before, let after = store?.registry {
      text += lockDelta(from: before, to: lockFindings(in: after))
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
    let count = pending.journal.count
    throw .batchState(
      "a batch with \(count) change\(count == 1 ? "" : "s") is open and would be lost: "
        + "'commit' or 'rollback' it, or quit again to drop it")
  }

  /// Whether leaving now would drop an open batch without the user having been told.
  public var wouldDropABatch: Bool { batch != nil && !quitWarned }

  /// Says, once, that leaving would drop the open batch; for Ctrl-D, which is no command.
  public mutating func warnBeforeDroppingTheBatch() -> CommandResult? {
    guard wouldDropABatch, let count = batch?.journal.count else { return nil }
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
        "rolled back: \(pending.journal.count) change\(pending.journal.count == 1 ? "" : "s") dropped\n",
      json: .object([("ok", true), ("dropped", .int(pending.journal.count))]))
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

  private mutating func commit(_ pending: PendingBatch) throws(CommandError) -> Int {
    batch = nil
    var store = try openStore()
    self.store = nil
    defer { self.store = store }
    do {
      let pathsBefore = Set(pending.touched.compactMap { store.relativePath(of: $0) })
      let (lock, changedPaths) = try writerLock(&store)
      // Files the batch would overwrite that someone else changed since `begin`.
      let changed = Set(changedPaths)
      var conflicts = changed.intersection(pathsBefore)
      if pending.unitsChanged, changed.contains("units.toml") { conflicts.insert("units.toml") }
      for id in pending.touched where store.relativePath(of: id) != nil {
        if let path = store.relativePath(of: id), changed.contains(path) { conflicts.insert(path) }
      }
      guard conflicts.isEmpty else {
        throw StoreError.changedOnDisk(conflicts.sorted().map(store.displayPath))
      }
      var merged = store.registry
      for id in pending.touched { merged.services[id] = pending.registry.services[id] }
      if pending.unitsChanged { merged.units = pending.registry.units }
      var missing: [String] = []
      for link in pending.deferredLinks
      where merged.services[link.from]?.link(to: link.to) != nil
        && merged.services[link.to] == nil && store.brokenFile(for: link.to) == nil
      {
        missing.append("\(link.from) -> \(link.to)")
      }
      guard missing.isEmpty else {
        throw CommandError.failed(
          "commit refused, nothing written: links to services that do not exist: "
            + missing.prefix(10).joined(separator: ", ")
            + (missing.count > 10 ? " and \(missing.count - 10) more" : ""))
      }
      let update = StoreUpdate(
        services: Dictionary(
          uniqueKeysWithValues: pending.touched.map { ($0, pending.registry.services[$0]) }),
        units: pending.unitsChanged ? pending.registry.units : nil, journal: pending.journal)
      try store.save(update, holding: lock)
      return pending.touched.count
    } catch let error as StoreError {
      throw .store(error)
    } catch let error as CommandError {
      throw error
    } catch {
      throw .failed("\(error)")
    }
  }
}
