/// One record of an inventory sheet: its cells and where it starts.
struct InventoryRecord: Sendable {
  /// The 1-based line the record starts on (a quoted CSV cell may span lines), or the row's
  /// number in a workbook's sheet.
  var line: Int
  /// The cells, formula marks not yet removed.
  var cells: [String]
}
