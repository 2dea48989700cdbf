#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `stat` says of a file, enough to notice that it changed without reading it.
public struct FileFingerprint: Sendable, Hashable {
  /// The device and inode: a file replaced by rename gets a new inode.
  public var device: UInt64
  /// The inode number.
  public var inode: UInt64
  /// The size in bytes.
  public var size: Int64
  /// The modification time, in nanoseconds since the epoch.
  public var modified: Int64
  /// The status-change time, in nanoseconds since the epoch: it moves even when a tool restores
  /// the modification time.
  public var changed: Int64

  init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
      changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
    #else
      modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    #endif
  }
}
