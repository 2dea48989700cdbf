import AtomicFiles
import CPlatform

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The POSIX calls the store needs, each failing with a `StoreError` that names the file.
enum FileSystem {

  /// Reads a whole file; O(size).
  static func read(_ path: String) throws(StoreError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
    var filled = 0
    while true {
      if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
      let count = bytes.withUnsafeMutableBytes { buffer in
        systemRead(fd, buffer.baseAddress! + filled, buffer.count - filled)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, operation: "read", errno: errno)
      }
      if count == 0 { break }
      filled += count
    }
    bytes.removeLast(bytes.count - filled)
    return bytes
  }

  /// The last byte of a file, or `nil` when it is empty.
  static func lastByte(of path: String) throws(StoreError) -> UInt8? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, operation: "stat", errno: errno) }
    guard info.st_size > 0 else { return nil }
    var byte: UInt8 = 0
    guard pread(fd, &byte, 1, info.st_size - 1) == 1 else {
      throw .io(path: path, operation: "read", errno: errno)
    }
    return byte
  }

  /// Reads a whole file as UTF-8 text, or `nil` when it does not exist.
  static func readTextIfPresent(_ path: String) throws(StoreError) -> String? {
    guard exists(path) else { return nil }
    return String(decoding: try read(path), as: UTF8.self)
  }

  /// Writes all of `bytes` to `fd`, going on after interruptions. O(size).
  static func write(_ bytes: some Collection<UInt8>, to fd: Int32, path: String) throws(StoreError)
  {
    do {
      try AtomicFiles.write(bytes, to: fd, path: path)
    } catch {
      throw StoreError(error)
    }
  }

  /// Replaces `path` with `bytes` so that a reader or a crash sees the old or the new file,
  /// never a torn one (`AtomicFiles.replace`).
  static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String, durable: Bool)
    throws(StoreError)
  {
    try writeAtomically(parts: CollectionOfOne(bytes), to: path, durable: durable)
  }

  /// Like `writeAtomically(_:to:durable:)` for contents made of parts, written one after the
  /// other so that they never have to be joined in memory.
  static func writeAtomically(
    parts: some Sequence<some Collection<UInt8>>, to path: String, durable: Bool
  ) throws(StoreError) {
    do {
      try AtomicFiles.replace(path, with: parts, durable: durable)
    } catch {
      throw StoreError(error)
    }
  }

  /// Makes a rename or unlink in the folder of `path` durable.
  static func syncDirectory(containing path: String) throws(StoreError) {
    do {
      try AtomicFiles.syncFolder(containing: path)
    } catch {
      throw StoreError(error)
    }
  }

  /// Flushes the whole file system holding `path` once: the cheap way to make many files
  /// durable together.
  static func syncFileSystem(containing path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(path: path, operation: "open", errno: errno) }
    defer { close(fd) }
    guard svcreg_syncfs(fd) == 0 else { throw .io(path: path, operation: "syncfs", errno: errno) }
  }

  /// Creates `path` and its missing parents.
  static func createDirectories(_ path: String) throws(StoreError) {
    var built = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      built += "/" + part
      if mkdir(built, 0o755) != 0, errno != EEXIST {
        throw .io(path: built, operation: "create folder", errno: errno)
      }
    }
  }

  /// Deletes a file; a file already gone is not an error.
  static func remove(_ path: String) throws(StoreError) {
    if unlink(path) != 0, errno != ENOENT {
      throw .io(path: path, operation: "delete", errno: errno)
    }
  }

  /// Deletes `folder` if it is empty, and then its parents up to (not including) `stop`.
  static func removeEmptyFolders(from folder: String, upTo stop: String) {
    var current = folder
    while current.count > stop.count, current.hasPrefix(stop), rmdir(current) == 0 {
      current = split(current).folder
    }
  }

  /// Whether anything exists at `path`.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether `path` is a folder.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The fingerprint of `path`, or `nil` when it does not exist.
  static func fingerprint(_ path: String) -> FileFingerprint? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileFingerprint(info)
  }

  /// The first symbolic link on the way from `root` to `relative` (the file included) that
  /// leads out of `root`, with where it leads; `nil` when every component stays inside or does
  /// not exist yet. O(components).
  static func linkLeavingRoot(_ root: String, toward relative: String) -> (
    path: String, target: String
  )? {
    linkLeavingRoot(root, toward: CollectionOfOne(relative))
  }

  /// `linkLeavingRoot(_:toward:)` for many paths, each folder on the way looked at once
  /// however many files it holds: a batch of 20,000 files in one unit costs 20,000 `lstat`s
  /// and a few more, not four per file and a `realpath` each. O(distinct components).
  static func linkLeavingRoot(_ root: String, toward relatives: some Sequence<String>) -> (
    path: String, target: String
  )? {
    guard let base = realPath(root) else { return nil }
    var safe = Set<Substring>()
    for relative in relatives {
      var end = relative.startIndex
      while end < relative.endIndex {
        end = relative[relative.index(after: end)...].firstIndex(of: "/") ?? relative.endIndex
        let prefix = relative[..<end]
        if safe.contains(prefix) { continue }
        let current = root + "/" + prefix
        var info = stat()
        // Nothing there yet: nothing further down exists either.
        guard lstat(current, &info) == 0 else { break }
        if (info.st_mode & S_IFMT) == S_IFLNK {
          // A dangling link leads nowhere svcreg can check, so it counts as outside.
          let target = realPath(current)
          guard let target, target == base || target.hasPrefix(base == "/" ? "/" : base + "/")
          else { return (current, target ?? linkText(current)) }
        }
        // Only folders are remembered: each file is looked at on its own.
        if end < relative.endIndex { safe.insert(prefix) }
      }
    }
    return nil
  }

  /// The absolute path `path` resolves to, symbolic links followed, or `nil` when it does not.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// What a symbolic link says, unresolved.
  private static func linkText(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return "?" }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Splits a path into its folder and last component.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    return (String(path[..<slash]), String(path[path.index(after: slash)...]))
  }
}

// Glibc's read and write, under names that do not clash with the methods above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, buffer, count)
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(fd, buffer, count)
}
