import AtomicFiles

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole files atomically: the bytes go to a temporary file beside the target, which is
/// synced and renamed over it, so a reader sees the old file or the new one, never a part.
///
/// Only regular files are replaced that way. A device, FIFO or socket (`/dev/null`, a pipe a
/// reader waits on) is written to directly and never replaced; a symbolic link keeps its
/// place, and what it leads to receives the bytes, by the same rules.
public enum AtomicFile {
  /// Where the bytes for a path go, once symbolic links are followed.
  public enum Destination: Equatable, Sendable {
    /// A regular file, existing or not, replaced through a temporary file and a rename.
    case file(String)
    /// A device, FIFO or socket, written to in place.
    case special(String)

    /// The path written.
    public var path: String {
      switch self {
      case .file(let path), .special(let path): path
      }
    }
  }

  /// Where writing `path` puts the bytes: a symbolic link is followed to what it names (a
  /// link that leads nowhere yet names the file it will create). O(links on the way).
  public static func destination(of path: String) throws(ExportError) -> Destination {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0 else { return .file(current) }
      switch info.st_mode & S_IFMT {
      case S_IFREG: return .file(current)
      case S_IFDIR:
        throw .cannotWrite(path: path, reason: "it is a folder; give a file name")
      case S_IFLNK:
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(current, &buffer, buffer.count - 1)
        guard count >= 0 else { throw failure(path) }
        let target = String(
          decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        current = target.hasPrefix("/") ? target : folderOf(current) + "/" + target
      default: return .special(current)
      }
    }
    throw .cannotWrite(path: path, reason: "too many symbolic links")
  }

  /// Replaces (or creates) the file at `path` with `bytes`, or writes them into the device or
  /// FIFO it is; returns where they went. O(size).
  @discardableResult
  public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) -> Destination {
    let destination = try destination(of: path)
    guard case .file(let target) = destination else {
      try writeInPlace(bytes, to: destination.path)
      return destination
    }
    do {
      try AtomicFiles.replace(
        target, with: CollectionOfOne(bytes), durable: true, permissions: 0o666)
    } catch {
      throw .cannotWrite(path: target, reason: error.reason)
    }
    return destination
  }

  /// Renames `temporary` over `path` and syncs the folder, removing `temporary` on failure;
  /// when `path` is (or leads to) a device or FIFO, its bytes are written there instead.
  @discardableResult
  public static func move(_ temporary: String, to path: String) throws(ExportError) -> Destination {
    let destination = try destination(of: path)
    if case .special(let target) = destination {
      defer { unlink(temporary) }
      guard let bytes = readAll(temporary) else { throw failure(temporary) }
      try writeInPlace(bytes, to: target)
      return destination
    }
    do {
      try AtomicFiles.move(temporary, over: destination.path, durable: true)
    } catch {
      throw .cannotWrite(path: destination.path, reason: error.reason)
    }
    return destination
  }

  /// Writes `bytes` into an existing device, FIFO or socket, never creating or truncating.
  private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(ExportError) {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    do {
      try AtomicFiles.write(bytes, to: descriptor, path: path)
    } catch {
      throw .cannotWrite(path: path, reason: error.reason)
    }
  }

  private static func readAll(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: buffer[..<count])
    }
  }

  /// A fresh hidden name in `path`'s folder for a file that will be renamed to `path`.
  public static func temporaryPath(beside path: String) -> String {
    AtomicFiles.temporaryPath(beside: path)
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
