/// One change to one file of the registry, part of a batch that lands whole or not at all.
public enum FileChange: Sendable, Hashable {
  /// Replace (or create) the file at `path`, relative to the registry root, with `contents`.
  case write(path: String, contents: [UInt8])
  /// Delete the file at `path`, relative to the registry root.
  case delete(path: String)
  /// Make the file at `path` end with `contents` placed at byte `offset`; replaying it gives the
  /// same file, which a plain append would not.
  case append(path: String, offset: Int64, contents: [UInt8])

  /// The file the change touches, relative to the registry root.
  public var path: String {
    switch self {
    case .write(let path, _), .delete(let path), .append(let path, _, _): path
    }
  }
}
