#if canImport(Glibc)
  import Glibc
#endif

/// Tells which registry files may have changed since it last asked, from the kernel's inotify
/// events, so that a long-lived shell need not stat every file before every command.
///
/// A class because it owns an inotify descriptor that must be closed exactly once. Where
/// inotify is missing or overflows, it answers "unknown" and the caller scans everything.
public final class DirectoryWatcher {
  /// What changed since the last call.
  public enum Changes: Equatable {
    /// Nothing in the registry's files.
    case none
    /// These files, relative to the registry root, may have changed.
    case files(Set<String>)
    /// Something the watcher cannot describe (a folder added or removed, lost events).
    case unknown
  }

  #if canImport(Glibc)
    private let fd: Int32
    private let root: String
    private var folders: [Int32: String] = [:]
  #endif

  /// Starts watching the registry at `root`, or returns `nil` when the system cannot.
  /// Start it before reading the files it guards, so that nothing slips in between.
  public init?(root: String) {
    #if canImport(Glibc)
      fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      self.root = root
      guard fd >= 0 else { return nil }
      guard watch(root, as: ""), watchTree(under: root, relative: RegistryLayout.servicesFolder)
      else {
        close(fd)
        return nil
      }
    #else
      return nil
    #endif
  }

  deinit {
    #if canImport(Glibc)
      close(fd)
    #endif
  }

  #if canImport(Glibc)
    private static let mask = UInt32(
      IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    private func watch(_ path: String, as relative: String) -> Bool {
      let descriptor = inotify_add_watch(fd, path, DirectoryWatcher.mask)
      guard descriptor >= 0 else { return false }
      folders[descriptor] = relative
      return true
    }

    /// Watches `relative` and every folder below it, iteratively.
    private func watchTree(under root: String, relative: String) -> Bool {
      var pending = [relative]
      while let folder = pending.popLast() {
        guard watch("\(root)/\(folder)", as: folder) else {
          // The services folder may not exist yet in a brand-new registry.
          if folder == relative && errno == ENOENT { continue }
          return false
        }
        guard let handle = opendir("\(root)/\(folder)") else { continue }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
          }
          if name.hasPrefix(".") { continue }
          if entry.pointee.d_type == UInt8(DT_DIR) { pending.append("\(folder)/\(name)") }
        }
      }
      return true
    }
  #endif

  /// The changes since the last call, without blocking; O(events).
  public func changes() -> Changes {
    #if canImport(Glibc)
      var files = Set<String>()
      var unknown = false
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count <= 0 { break }
        var offset = 0
        while offset + 16 <= count {
          let (descriptor, mask, nameLength) = buffer.withUnsafeBytes { raw in
            (
              raw.load(fromByteOffset: offset, as: Int32.self),
              raw.load(fromByteOffset: offset + 4, as: UInt32.self),
              Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self))
            )
          }
          let nameBytes = buffer[(offset + 16)..<(offset + 16 + nameLength)]
          let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
          offset += 16 + nameLength
          if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
            !name.hasPrefix("."), let parent = folders[descriptor],
            parent.hasPrefix(RegistryLayout.servicesFolder) || name == RegistryLayout.servicesFolder
          {
            // A new unit folder: watch it too, or changes inside it would go unseen.
            _ = watchTree(under: root, relative: parent.isEmpty ? name : "\(parent)/\(name)")
          }
          if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_ISDIR) != 0
            || mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0
          {
            unknown = true
            continue
          }
          // Temporary files and svcreg's own state folder are not registry files.
          guard !name.hasPrefix("."), let folder = folders[descriptor] else { continue }
          files.insert(folder.isEmpty ? name : "\(folder)/\(name)")
        }
      }
      if unknown { return .unknown }
      return files.isEmpty ? .none : .files(files)
    #else
      return .unknown
    #endif
  }
}
