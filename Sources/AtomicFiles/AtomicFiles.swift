#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole files replaced atomically: the bytes go to a hidden temporary file beside the target,
/// which is renamed over it, so that a reader, a crash or a second process sees the old file or
/// the new one, never a part. The one place in svcreg that renames a temporary into place:
/// the registry's files, exports and the shell's history all go through it.
public enum AtomicFiles {
  /// A fresh hidden name in `path`'s folder for a file that will be renamed to `path`: unique
  /// to this process and this call, and starting with a dot, so that folder listings skip it.
  public static func temporaryPath(beside path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return "\(folder).\(name).tmp-\(getpid())-\(tag)"
  }

  /// Replaces (or creates) the regular file at `path` with `parts`, written one after the
  /// other so that they never have to be joined in memory. With `durable` the file and its
  /// folder are synced, so that the new file survives a power cut. O(size).
  public static func replace(
    _ path: String, with parts: some Sequence<some Collection<UInt8>>, durable: Bool,
    permissions: mode_t = 0o644
  ) throws(FileFailure) {
    let temporary = temporaryPath(beside: path)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard fd >= 0 else { throw FileFailure(path: temporary, operation: "create", code: errno) }
    do throws(FileFailure) {
      for part in parts { try write(part, to: fd, path: temporary) }
      if durable, fsync(fd) != 0 {
        throw FileFailure(path: temporary, operation: "fsync", code: errno)
      }
      close(fd)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    try move(temporary, over: path, durable: durable)
  }

  /// Renames `temporary` over `path`, removing `temporary` when that fails; with `durable` the
  /// folder is synced so that the rename survives a power cut.
  public static func move(_ temporary: String, over path: String, durable: Bool)
    throws(FileFailure)
  {
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw FileFailure(path: path, operation: "rename into place", code: code)
    }
    if durable { try syncFolder(containing: path) }
  }

  /// Makes a rename or removal in the folder of `path` durable.
  public static func syncFolder(containing path: String) throws(FileFailure) {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileFailure(path: folder, operation: "open folder", code: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      throw FileFailure(path: folder, operation: "fsync folder", code: errno)
    }
  }

  /// Writes all of `bytes` to `fd`, going on after interruptions. O(size).
  public static func write(_ bytes: some Collection<UInt8>, to fd: Int32, path: String)
    throws(FileFailure)
  {
    let code: Int32 =
      bytes.withContiguousStorageIfAvailable { buffer in writeAll(buffer, to: fd) }
      ?? Array(bytes).withUnsafeBufferPointer { writeAll($0, to: fd) }
    if code != 0 { throw FileFailure(path: path, operation: "write", code: code) }
  }

  /// 0, or the error code of the write that failed.
  private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Int32 {
    var done = 0
    while done < buffer.count {
      let count = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
      if count < 0 {
        if errno == EINTR { continue }
        return errno
      }
      done += count
    }
    return 0
  }
}

/// The C library's `write`, which `AtomicFiles.write` would otherwise shadow.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, bytes, count)
}
