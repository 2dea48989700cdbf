import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileSystem {
  /// One entry found by `listFiles`.
  struct Entry: Sendable {
    /// Its folder relative to the folder listed, empty for the folder itself; the entries of
    /// one folder come together and share this string.
    var folder: String
    /// Its name.
    var name: String
    /// What stat said of it.
    var fingerprint: FileFingerprint

    /// The path relative to the folder listed.
    var relativePath: String { folder.isEmpty ? name : "\(folder)/\(name)" }
  }

  /// Every regular file under `root` whose name ends in `suffix`, skipping hidden entries,
  /// following symbolic links as `stat` does. O(entries).
  ///
  /// Folders are read level by level, the folders of a level on every core, and each file is
  /// stat'ed relative to its open folder rather than by its full path: at 100,000 files the
  /// walk and the stats were a third of the time to open a registry from its cache.
  static func listFiles(under root: String, suffix: String) throws(StoreError) -> [Entry] {
    var links: [String] = []
    return try listFiles(under: root, suffix: suffix, links: &links)
  }

  /// `listFiles(under:suffix:)`, also giving the symbolic links met on the way (files and
  /// folders, relative to `root`), so that links leading elsewhere can be reported.
  static func listFiles(under root: String, suffix: String, links: inout [String])
    throws(StoreError) -> [Entry]
  {
    var found: [Entry] = []
    var level = [""]
    while !level.isEmpty {
      var listings = [Result<Listing, StoreError>](
        repeating: .success(Listing()), count: level.count)
      let folders = level
      listings.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let output = buffer
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
          output[index] = list(folders[index], under: root, suffix: suffix)
        }
      }
      level = []
      for (index, listing) in listings.enumerated() {
        switch listing {
        case .success(let listing):
          found.append(contentsOf: listing.files)
          level.append(contentsOf: listing.folders)
          links.append(contentsOf: listing.links)
        case .failure(.io(_, _, ENOENT)) where folders[index].isEmpty:
          return []
        case .failure(let error):
          throw error
        }
      }
    }
    return found
  }

  /// What one folder holds: matching files and the folders to read next.
  private struct Listing: Sendable {
    var files: [Entry] = []
    var folders: [String] = []
    var links: [String] = []
  }

  private static func list(_ relative: String, under root: String, suffix: String) -> Result<
    Listing, StoreError
  > {
    let folder = relative.isEmpty ? root : "\(root)/\(relative)"
    guard let handle = opendir(folder) else {
      return .failure(.io(path: folder, operation: "list folder", errno: errno))
    }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    var listing = Listing()
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name.hasPrefix(".") { continue }
      let type = entry.pointee.d_type
      if type == DT_DIR {
        listing.folders.append(relative.isEmpty ? name : "\(relative)/\(name)")
        continue
      }
      // Only regular files (and links, which are followed) can be registry files; knowing the
      // type from the folder spares a stat for everything else.
      guard type == DT_REG || type == DT_LNK || type == DT_UNKNOWN else { continue }
      if type == DT_LNK { listing.links.append(relative.isEmpty ? name : "\(relative)/\(name)") }
      var info = stat()
      guard fstatat(descriptor, name, &info, 0) == 0 else { continue }
      if (info.st_mode & S_IFMT) == S_IFDIR {
        listing.folders.append(relative.isEmpty ? name : "\(relative)/\(name)")
      } else if (info.st_mode & S_IFMT) == S_IFREG, name.hasSuffix(suffix) {
        listing.files.append(
          Entry(folder: relative, name: name, fingerprint: FileFingerprint(info)))
      }
    }
    return .success(listing)
  }
}
