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
  func commit(_ changes: [FileChange]) throws(StoreError) {
    guard !changes.isEmpty else { return }
    try FileSystem.createDirectories("\(root)/\(RegistryLayout.stateFolder)")
    try FileSystem.writeAtomically(BatchLog.encode(changes), to: pendingLogPath, durable: false)
    try syncFile(pendingLogPath)
    CrashPoint.logWritten.reach()
    try rename(from: pendingLogPath, to: logPath)
    try FileSystem.syncDirectory(containing: logPath)
    CrashPoint.committed.reach()
    try apply(changes)
    try finish()
  }

  /// Finishes a batch a killed process left committed, and discards one it left uncommitted.
  /// The caller holds the writer lock. Returns whether a batch was replayed.
  @discardableResult
  func recover() throws(StoreError) -> Bool {
    try FileSystem.remove(pendingLogPath)
    guard FileSystem.exists(logPath) else { return false }
    // The log was synced before its rename, so a damaged one was never committed.
    guard let changes = BatchLog.decode(try FileSystem.read(logPath)) else {
      try FileSystem.remove(logPath)
      try FileSystem.syncDirectory(containing: logPath)
      return false
    }
    try apply(changes)
    try finish()
    return true
  }

  /// Whether a batch is waiting to be finished, or a half-written log waits to be discarded.
  var hasPendingBatch: Bool { FileSystem.exists(logPath) || FileSystem.exists(pendingLogPath) }

  /// Takes the writer lock and recovers when a killed writer left a batch behind; the lock
  /// matters because a live writer may be writing its log right now.
  func recoverIfNeeded() throws(StoreError) {
    guard hasPendingBatch else { return }
    let lock = try WriterLock.acquire(
      root: root, exclusive: true, timeout: RegistryStore.defaultLockTimeout)
    try recover()
    withExtendedLifetime(lock) {}
  }

  private func apply(_ changes: [FileChange]) throws(StoreError) {
    var createdFolders = Set<String>()
    for (index, change) in changes.enumerated() {
      let path = "\(root)/\(change.path)"
      switch change {
      case .write(_, let contents):
        let folder = FileSystem.split(path).folder
        if createdFolders.insert(folder).inserted { try FileSystem.createDirectories(folder) }
        // A new file needs no temporary: nobody can be reading it, and replay rewrites it.
        if try !FileSystem.createExclusively(contents, at: path) {
          try FileSystem.writeAtomically(contents, to: path, durable: false)
        }
      case .delete:
        try FileSystem.remove(path)
        FileSystem.removeEmptyFolders(
          from: FileSystem.split(path).folder, upTo: "\(root)/\(RegistryLayout.servicesFolder)")
      case .append(_, let offset, let contents):
        try writeTail(contents, at: offset, of: path)
      }
      CrashPoint.applied.reach(count: index + 1)
    }
  }

  private func finish() throws(StoreError) {
    try FileSystem.syncFileSystem(containing: root)
    CrashPoint.synced.reach()
    try FileSystem.remove(logPath)
    try FileSystem.syncDirectory(containing: logPath)
  }

  private func writeTail(_ contents: [UInt8], at offset: Int64, of path: String) throws(StoreError)
  {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
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
