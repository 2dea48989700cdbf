/// Finding the header of a sheet that does not start with it: title rows, notes and blank
/// rows above it, and headings that take two rows.
extension InventoryTable {
  /// How many rows below the first the header may be.
  static let headerSearchDepth = 10

  /// How many rows may be the header: the first, and the `headerSearchDepth` after it.
  var headerCandidates: Int { min(records.count, Self.headerSearchDepth) + 1 }

  /// The table with its header on row `index` (0 is the current header): the rows above are
  /// left out, and rows that the header's merged cells reach down into are part of it, each
  /// column then named by its headings from top to bottom (`Penanggung Jawab` over `Nama`
  /// reads `Penanggung Jawab Nama`). O(rows).
  func withHeader(atRow index: Int) -> InventoryTable {
    guard index > 0 || !merges.isEmpty else { return self }
    let rows = [InventoryRecord(line: headerLine, cells: header)] + records
    let top = rows[index]
    let lastLine =
      merges.filter { $0.rows.lowerBound == top.line }.map(\.rows.upperBound)
      .max() ?? top.line
    let headerRows = rows[index...].prefix { $0.line <= lastLine }
    var table = self
    table.headerLine = top.line
    table.records = Array(rows[(index + headerRows.count)...])
    guard headerRows.count > 1 else {
      table.header = top.cells
      return table
    }
    let width = headerRows.map(\.cells.count).max() ?? 0
    table.header = (0..<width).map { column in
      var parts: [String] = []
      for row in headerRows {
        let heading = heading(at: column, in: row, of: headerRows).trimmingWhitespace()
        if !heading.isEmpty, parts.last != heading { parts.append(heading) }
      }
      return parts.joined(separator: " ")
    }
    return table
  }

  /// The heading over `column` in `row`: its own cell, or the value of a block merged across
  /// from its left.
  private func heading(
    at column: Int, in row: InventoryRecord, of headerRows: ArraySlice<InventoryRecord>
  ) -> String {
    if column < row.cells.count, !row.cells[column].isEmpty { return row.cells[column] }
    guard
      let block = merges.first(where: {
        $0.rows.contains(row.line) && $0.columns.contains(column)
          && $0.columns.lowerBound < column
      }),
      let blockTop = headerRows.first(where: { $0.line == block.rows.lowerBound }),
      block.columns.lowerBound < blockTop.cells.count
    else { return "" }
    return blockTop.cells[block.columns.lowerBound]
  }

  /// The lines of the records above `line` that hold values, as one range; `nil` when none.
  func skippedRows(before line: Int) -> ClosedRange<Int>? {
    let above = ([InventoryRecord(line: headerLine, cells: header)] + records)
      .filter { $0.line < line && $0.cells.contains { !$0.isEmpty } }
    guard let first = above.first, let last = above.last else { return nil }
    return first.line...last.line
  }
}
