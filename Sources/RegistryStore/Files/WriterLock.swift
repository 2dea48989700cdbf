#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A held `flock` on the registry's lock file: exclusive for a writer, shared for a reader
/// taking a consistent snapshot. The kernel drops it if the process dies, so a killed writer
/// never leaves the registry locked.
///
/// A class because it owns a file descriptor that must be closed exactly once.
public final class WriterLock {
  private let fd: Int32

  private init(fd: Int32) { self.fd = fd }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }

  /// Takes the lock of the registry at `root`, waiting up to `timeout` seconds for another
  /// holder; returns `nil` for a shared lock on a registry whose state folder cannot be
  /// created (a read-only checkout), where nobody can be writing anyway.
  static func acquire(root: String, exclusive: Bool, timeout: Double) throws(StoreError)
    -> WriterLock?
  {
    let folder = "\(root)/\(RegistryLayout.stateFolder)"
    let path = "\(folder)/lock"
    if !FileSystem.isDirectory(folder) {
      do {
        try FileSystem.createDirectories(folder)
        // The state folder must never reach git: it holds a lock and half-finished batches.
        try FileSystem.writeAtomically(
          Array("*\n".utf8), to: "\(folder)/.gitignore", durable: false)
      } catch {
        if exclusive { throw error }
        return nil
      }
    }
    // The lock is written to, so it must not lead out of the registry, whatever links lie on
    // the way; a reader does without a lock rather than follow one.
    if let link = FileSystem.linkLeavingRoot(root, toward: "\(RegistryLayout.stateFolder)/lock") {
      if !exclusive { return nil }
      throw .outsideRegistry(path: link.path, target: link.target)
    }
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else {
      if !exclusive { return nil }
      throw .io(path: path, operation: "open the lock file", errno: errno)
    }
    let operation = exclusive ? LOCK_EX : LOCK_SH
    var waited = 0.0
    while flock(fd, operation | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let code = errno
        close(fd)
        throw .io(path: path, operation: "lock", errno: code)
      }
      if waited >= timeout {
        let holder = WriterLock.holder(fd: fd)
        close(fd)
        throw .locked(path: root, holder: holder)
      }
      usleep(5_000)
      waited += 0.005
    }
    if exclusive {
      // Say who holds it, for the message another writer shows while it waits.
      let note = Array("pid \(getpid())\n".utf8)
      _ = ftruncate(fd, 0)
      _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }
    return WriterLock(fd: fd)
  }

  private static func holder(fd: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    guard count > 0 else { return "another process" }
    return String(decoding: buffer[..<count], as: UTF8.self)
      .trimmingCharacters(in: "\n")
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}
