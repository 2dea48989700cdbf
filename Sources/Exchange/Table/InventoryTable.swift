/// An inventory sheet read whole (a CSV file or one sheet of a workbook): the header row and
/// the records after it.
struct InventoryTable: Sendable {
  /// The header row's cells.
  var header: [String]
  /// The records after the header, blank lines left out.
  var records: [InventoryRecord]
  /// The 1-based line (or sheet row) of the header.
  var headerLine = 1
  /// Whether cells hold their values as they are: a workbook's cells never carry the quote a
  /// CSV export puts before a formula-like value, so none is removed.
  var literalCells = false
  /// The sheet's merged blocks, whose values are already copied down their first column.
  var merges: [CellRange] = []
}
