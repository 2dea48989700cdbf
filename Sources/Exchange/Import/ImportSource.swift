/// Where an import read a file's table: the sheet of a workbook and the header's row.
public struct ImportSource: Sendable, Hashable {
  /// The file as the user named it.
  public var file: String
  /// The workbook sheet read; `nil` for a CSV file.
  public var sheet: String?
  /// The 1-based line (or sheet row) of the header.
  public var headerLine: Int
  /// The rows above the header that held values and were left out, as a line range.
  public var skippedAbove: ClosedRange<Int>?
}
