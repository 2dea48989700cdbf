/// Taking changes back: what the last changes replaced is put back, as one batch.
extension RegistryStore {
  /// Puts back what the last `count` changes replaced, newest first, as one batch with a
  /// journal line; refused, writing nothing, when a file they wrote was changed since (by
  /// hand, by git, by another change not kept). Returns the commands undone, newest first.
  /// The caller holds `lock`. O(size of the files involved).
  public mutating func undo(count: Int, actor: String, holding lock: WriterLock)
    throws(StoreError) -> [String]
  {
    if let revision { throw .pastRevision(revision) }
    let log = UndoLog(root: root)
    let records = Array(log.records().prefix(count))
    guard records.count == count, count > 0 else {
      throw .nothingToUndo(available: records.count)
    }
    // Each file goes back to what the oldest undone change found, and must still hold what
    // the newest one wrote there.
    var expected: [String: UInt64?] = [:]
    var restored: [String: [UInt8]?] = [:]
    var order: [String] = []
    for record in records {
      for file in record.files {
        if expected[file.path] == nil {
          expected[file.path] = .some(file.after)
          order.append(file.path)
        }
        restored[file.path] = .some(file.before)
      }
    }
    var changedSince: [String] = []
    for path in order {
      let now = try? FileSystem.read("\(root)/\(path)")
      if now.map(UndoLog.hash) != expected[path]! { changedSince.append(displayPath(path)) }
    }
    guard changedSince.isEmpty else { throw .changedSinceKept(changedSince) }
    var changes: [FileChange] = order.map { path in
      if let bytes = restored[path]! { return .write(path: path, contents: bytes) }
      return .delete(path: path)
    }
    let commands = records.flatMap { $0.commands.reversed() }
    let entry = JournalEntry(
      time: Journal.timestamp(), actor: actor,
      command: "undo " + (count == 1 ? "" : "\(count) ") + "(" + commands.joined(separator: "; ")
        + ")",
      ids: [])
    let journal = "\(root)/\(RegistryLayout.journalFile)"
    let size = FileSystem.fingerprint(journal)?.size ?? 0
    var text = entry.line
    if size > 0, (try? FileSystem.lastByte(of: journal)) != UInt8(ascii: "\n") {
      text = "\n" + text
    }
    changes.append(
      .append(path: RegistryLayout.journalFile, offset: size, contents: Array(text.utf8)))
    try FileBatch(root: root).commit(changes)
    withExtendedLifetime(lock) {}
    for record in records { log.forget(record) }
    try reload()
    return commands
  }
}
