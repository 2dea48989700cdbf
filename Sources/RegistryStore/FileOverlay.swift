/// The files of a registry as another version of it holds them: the contents of each file that
/// differs from the working tree, by path relative to the registry's root, `nil` for a file
/// that version does not have.
public struct FileOverlay: Sendable {
  /// The differing files' contents, `nil` for a file absent there.
  public var files: [String: [UInt8]?]

  /// Creates an overlay of `files`.
  public init(files: [String: [UInt8]?]) {
    self.files = files
  }
}
