/// Finding the table in a file: which sheet of a workbook, and which row is the header.
extension InventoryImporter {
  /// A file's table with its header found and its columns mapped.
  struct MappedTable<Column: InventoryColumn> {
    /// The table, its header the row found.
    var table: InventoryTable
    /// Which column holds which field.
    var map: ColumnMap<Column>
    /// Where it was read.
    var source: ImportSource
  }

  /// Reads `document` and finds the first sheet (the named one, or in tab order visible sheets
  /// first) and in it the first of its top rows whose headers give `isUsable` the columns it
  /// needs; the rows above are left out. When none does, fails with the first row's mapping
  /// error or `missing(header)`, located at the first sheet's header.
  func mappedTable<Column: InventoryColumn>(
    _ document: InventoryDocument, overrides: [Column: String],
    values: [Column: [String: String]] = [:], isUsable: (ColumnMap<Column>) -> Bool,
    missing: ([String]) -> String
  ) throws(TableReadError) -> MappedTable<Column> {
    var first: (table: InventoryTable, sheet: String?)?
    var firstError: TableReadError?
    var tried: [String] = []
    for (sheet, read) in try Self.sheets(of: document) {
      if let sheet { tried.append(sheet) }
      guard let table = try read() else {
        if case .xlsx(sheet: .some) = document.format {
          throw TableReadError(line: 0, message: "sheet '\(sheet ?? "")' is empty")
        }
        continue
      }
      if first == nil { first = (table, sheet) }
      for row in 0..<table.headerCandidates {
        let candidate = table.withHeader(atRow: row)
        do throws(CellError) {
          let map = try ColumnMap(
            header: candidate.header, file: document.name, overrides: overrides,
            values: values, literalCells: candidate.literalCells)
          guard isUsable(map) else { continue }
          let skipped = table.skippedRows(before: candidate.headerLine)
          return MappedTable(
            table: candidate, map: map,
            source: ImportSource(
              file: document.name, sheet: sheet, headerLine: candidate.headerLine,
              skippedAbove: skipped))
        } catch {
          if row == 0, firstError == nil, first?.sheet == sheet {
            firstError = TableReadError(line: candidate.headerLine, message: error.message)
          }
        }
      }
    }
    guard let first else {
      throw TableReadError(line: 0, message: "the workbook's sheets are all empty")
    }
    if let firstError { throw firstError }
    var message = missing(first.table.header)
    if tried.count > 1 {
      message +=
        "; no sheet has such a header (the sheets are "
        + tried.map { "'\($0)'" }.joined(separator: ", ") + "; choose one with --sheet NAME)"
    }
    throw TableReadError(line: first.table.headerLine, message: message)
  }

  /// The sheets to look in, each with the work of reading it (`nil` for an empty sheet): the
  /// CSV file's one table, the named sheet of a workbook, or all of a workbook's sheets,
  /// visible ones first.
  private static func sheets(of document: InventoryDocument) throws(TableReadError)
    -> [(String?, () throws(TableReadError) -> InventoryTable?)]
  {
    switch document.format {
    case .csv:
      if document.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
        throw TableReadError(
          line: 0, message: "this is an Excel workbook, not CSV text; use import xlsx")
      }
      return [(nil, { () throws(TableReadError) in try CSVReader.read(document.bytes) })]
    case .xlsx(let name):
      let workbook = try XLSXWorkbook(document.bytes)
      let chosen: [XLSXWorkbook.Sheet]
      if let name {
        guard let sheet = workbook.sheet(named: name) else {
          throw TableReadError(
            line: 0,
            message: "the workbook has no sheet '\(name)'; its sheets are "
              + workbook.sheets.map { "'\($0.name)'" }.joined(separator: ", "))
        }
        chosen = [sheet]
      } else {
        chosen = workbook.sheets.filter { !$0.hidden } + workbook.sheets.filter(\.hidden)
      }
      return chosen.map { sheet in
        (sheet.name, { () throws(TableReadError) in try workbook.table(of: sheet) })
      }
    }
  }
}
