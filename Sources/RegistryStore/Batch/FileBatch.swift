/// Commits a set of file changes so that they land whole or not at all, even if the process is
/// killed part way, with a constant number of syncs however many files there are.
///
/// The redo log is written and synced once, then renamed into place (the commit point); the
/// changes are applied without per-file syncs; one `syncfs` makes them durable; the log is
/// removed. A log found on open is replayed, which is safe because every change is idempotent.
struct FileBatch {
  let root: String

  var logPath: String { "\(root)/\(RegistryLayout.stateFolder)/batch.log" }
  var pendingLogPath: String { "\(root)/\(RegistryLayout.stateFolder)/batch.log.tmp" }

  /// Commits `changes`; the caller holds the writer lock. O(total bytes), 3 syncs in all.
  ///
  /// Throws `.batchNotFinished` when a change could not be written after the commit point:
  /// the batch then stands, and its redo log waits for the next writer to finish it.
  func commit(_ changes: [FileChange]) throws(StoreError) {
    guard !changes.isEmpty else { return }
    if let link = FileSystem.linkLeavingRoot(root, toward: changes.lazy.map(\.path)) {
      throw .outsideRegistry(path: link.path, target: link.target)
    }
    try FileSystem.createDirectories("\(root)/\(RegistryLayout.stateFolder)")
    try FileSystem.writeAtomically(BatchLog.encode(changes), to: pendingLogPath, durable: false)
    try syncFile(pendingLogPath)
    try CrashPoint.logWritten.reach()
    try rename(from: pendingLogPath, to: logPath)
    try FileSystem.syncDirectory(containing: logPath)
    try CrashPoint.committed.reach()
    try applyAndFinish(changes)
  }

  /// Finishes a batch a killed process left committed, and discards one it left uncommitted.
  /// The caller holds the writer lock. Returns whether a batch was replayed.
  ///
  /// A committed log that does not decode is never discarded: the batch may be half applied,
  /// so the log stays, and the error lists the files it may have touched.
  @discardableResult
  func recover() throws(StoreError) -> Bool {
    try FileSystem.remove(pendingLogPath)
    guard FileSystem.exists(logPath) else { return false }
    let bytes = try FileSystem.read(logPath)
    guard let changes = BatchLog.decode(bytes) else {
      throw .damagedBatchLog(path: logPath, files: BatchLog.readablePaths(in: bytes))
    }
    try applyAndFinish(changes)
    return true
  }

  /// Whether a batch is waiting to be finished, or a half-written log waits to be discarded.
  var hasPendingBatch: Bool { FileSystem.exists(logPath) || FileSystem.exists(pendingLogPath) }

  /// Takes the writer lock, waiting up to `timeout` seconds, and recovers when a writer left a
  /// batch behind; the lock matters because a live writer may be writing its log right now.
  func recoverIfNeeded(timeout: Double = RegistryStore.defaultLockTimeout) throws(StoreError) {
    guard hasPendingBatch else { return }
    let lock = try WriterLock.acquire(root: root, exclusive: true, timeout: timeout)
    try recover()
    withExtendedLifetime(lock) {}
  }

  private func applyAndFinish(_ changes: [FileChange]) throws(StoreError) {
    var written = 0
    do {
      try apply(changes, written: &written)
      try finish()
    } catch {
      throw .batchNotFinished(written: written, total: changes.count, cause: StoreErrorBox(error))
    }
  }

  private func apply(_ changes: [FileChange], written: inout Int) throws(StoreError) {
    var createdFolders = Set<String>()
    for (index, change) in changes.enumerated() {
      let path = "\(root)/\(change.path)"
      switch change {
      case .write(_, let contents):
        let folder = FileSystem.split(path).folder
        if createdFolders.insert(folder).inserted { try FileSystem.createDirectories(folder) }
        // Through a temporary and a rename even for new files: were the redo log ever lost,
        // a file would still be whole, old or new, never empty or cut short.
        try FileSystem.writeAtomically(contents, to: path, durable: false)
      case .delete:
        try FileSystem.remove(path)
        FileSystem.removeEmptyFolders(
          from: FileSystem.split(path).folder, upTo: "\(root)/\(RegistryLayout.servicesFolder)")
      case .append(_, let offset, let contents):
        try writeTail(contents, at: offset, of: path)
      }
      written = index + 1
      try CrashPoint.applied.reach(count: index + 1)
    }
  }

  private func finish() throws(StoreError) {
    try FileSystem.syncFileSystem(containing: root)
    try CrashPoint.synced.reach()
    try FileSystem.remove(logPath)
    try FileSystem.syncDirectory(containing: logPath)
  }

  private func writeTail(_ contents: [UInt8], at offset: Int64, of path: String) throws(StoreError)
  {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else { throw .io(path: path, operation: "open for append", errno: errno) }
    defer { close(fd) }
    guard ftruncate(fd, off_t(offset)) == 0, lseek(fd, off_t(offset), SEEK_SET) >= 0 else {
      throw .io(path: path, operation: "position for append", errno: errno)
    }
    try FileSystem.write(contents, to: fd, path: path)
  }

  private func syncFile(_ path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw .io(path: path, operation: "fsync", errno: errno) }
  }

  private func rename(from source: String, to destination: String) throws(StoreError) {
    guard Glibc.rename(source, destination) == 0 else {
      throw .io(path: destination, operation: "rename into place", errno: errno)
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
