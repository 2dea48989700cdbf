#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole files atomically: the bytes go to a temporary file beside the target, which is
/// synced and renamed over it, so a reader sees the old file or the new one, never a part.
public enum AtomicFile {
  /// Replaces (or creates) the file at `path` with `bytes`; O(size).
  public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
    let temporary = temporaryPath(beside: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(path) }
    var written = 0
    let ok = bytes.withUnsafeBytes { buffer -> Bool in
      while written < buffer.count {
        let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += count
      }
      return true
    }
    let synced = ok && fsync(descriptor) == 0
    let error = failure(path)
    close(descriptor)
    guard synced else {
      unlink(temporary)
      throw error
    }
    try move(temporary, to: path)
  }

  /// Renames `temporary` over `path` and syncs the folder, removing `temporary` on failure.
  public static func move(_ temporary: String, to path: String) throws(ExportError) {
    guard rename(temporary, path) == 0 else {
      let error = failure(path)
      unlink(temporary)
      throw error
    }
    let folder = open(folderOf(path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
  }

  /// A fresh name in `path`'s folder for a file that will be renamed to `path`.
  public static func temporaryPath(beside path: String) -> String {
    let folder = folderOf(path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    return (folder == "." && !path.hasPrefix("./") ? "" : folder + "/")
      + ".\(name).\(getpid())-\(tag).tmp"
  }

  /// Creates `path` and the folders above it, as `mkdir -p` does.
  public static func createFolder(_ path: String) throws(ExportError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o777) != 0 && errno != EEXIST { throw failure(path) }
    }
  }

  /// Whether `path` is an existing folder.
  public static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  private static func folderOf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  private static func failure(_ path: String) -> ExportError {
    .cannotWrite(path: path, reason: String(cString: strerror(errno)))
  }
}

/// The C library's `write`, which `AtomicFile.write` would otherwise shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
