/// An inventory file's bytes, the name to report problems under, and how to read it.
public struct InventoryDocument: Sendable, Hashable {
  /// How an inventory file is laid out.
  public enum Format: Sendable, Hashable {
    /// Comma-, semicolon- or tab-separated text.
    case csv
    /// An Excel workbook (Office Open XML): the named sheet, or, when `nil`, the first sheet
    /// whose header row the importer reads.
    case xlsx(sheet: String?)
  }

  /// The file as the user named it, for `FILE:LINE:` locations.
  public var name: String
  /// The file's bytes.
  public var bytes: [UInt8]
  /// How the bytes are laid out.
  public var format: Format

  /// Creates a document.
  public init(name: String, bytes: [UInt8], format: Format = .csv) {
    self.name = name
    self.bytes = bytes
    self.format = format
  }
}
