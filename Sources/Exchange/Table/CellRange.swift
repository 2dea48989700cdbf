/// A block of merged cells on a sheet: its rows (as record lines) and its 0-based columns.
struct CellRange: Sendable, Hashable {
  /// The rows the block covers.
  var rows: ClosedRange<Int>
  /// The columns the block covers.
  var columns: ClosedRange<Int>
}
