/// A CSV file's bytes with the name to report problems under.
public struct CSVDocument: Sendable, Hashable {
  /// The file as the user named it, for `FILE:LINE:` locations.
  public var name: String
  /// The file's bytes.
  public var bytes: [UInt8]

  /// Creates a document.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}
