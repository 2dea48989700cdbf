/// Reads one sheet's XML into rows, given what the workbook says about its cells: each value
/// as the sheet shows it, merged cells filled down.
struct SheetReader: Sendable {
  /// The text of every shared string, by index.
  var sharedStrings: [String] = []
  /// How each cell style shows numbers.
  var numberStyles = NumberStyles()
  /// Whether day 0 is 1904-01-01 rather than 1900-01-00.
  var from1904 = false

  /// The most cells a sheet may spread to once its rows are laid out and its merged cells
  /// filled: about 50 times a large real inventory, to refuse a hostile sheet before it fills
  /// memory.
  static let cellLimit = 50_000_000

  /// The table in `bytes`, the XML of `sheet`; `nil` when no cell has a value. O(cells).
  func table(fromXML bytes: [UInt8], sheet: XLSXWorkbook.Sheet) throws(TableReadError)
    -> InventoryTable?
  {
    var (rows, merges) = try cells(in: bytes, sheet: sheet)
    let ranges = try fill(merges, into: &rows, sheet: sheet)
    let numbers = rows.keys.sorted()
    var records: [InventoryRecord] = []
    records.reserveCapacity(numbers.count)
    var total = 0
    for number in numbers {
      let row = rows[number]!
      guard let last = row.keys.max() else { continue }
      total += last + 1
      guard total <= Self.cellLimit else { throw Self.tooLarge(sheet) }
      var cells = [String](repeating: "", count: last + 1)
      for (column, value) in row { cells[column] = value }
      records.append(InventoryRecord(line: number, cells: cells))
    }
    guard let first = records.first else { return nil }
    return InventoryTable(
      header: first.cells, records: Array(records.dropFirst()), headerLine: first.line,
      literalCells: true, merges: ranges)
  }

  private static func tooLarge(_ sheet: XLSXWorkbook.Sheet) -> TableReadError {
    TableReadError(
      line: 0,
      message: "sheet '\(sheet.name)' spreads over more than \(cellLimit) cells; it is not an "
        + "inventory sheet")
  }

  /// The non-empty values of the sheet by row number and column, and its merged ranges.
  private func cells(in bytes: [UInt8], sheet: XLSXWorkbook.Sheet) throws(TableReadError)
    -> (rows: [Int: [Int: String]], merges: [String])
  {
    var rows: [Int: [Int: String]] = [:]
    var rowNumber = 0
    var column = -1
    var cellRow = 0
    var type = ""
    var style = 0
    var value = ""
    var inline = ""
    var inValue = false
    var inInlineText = false
    var phonetic = 0
    var merges: [String] = []
    try XMLEvents(part: sheet.part, bytes: bytes).read { event throws(TableReadError) in
      switch event {
      case .start("row", let attributes):
        if let text = attributes["r"] {
          guard let number = Int(text), (1...CellReference.rowLimit).contains(number) else {
            throw TableReadError(
              line: 0, message: "sheet '\(sheet.name)' has a row numbered '\(text)'")
          }
          rowNumber = number
        } else {
          rowNumber += 1
        }
        column = -1
      case .start("c", let attributes):
        if let reference = attributes["r"] {
          guard let place = CellReference(reference) else {
            throw TableReadError(
              line: rowNumber,
              message: "sheet '\(sheet.name)' has a cell at '\(reference)', which is no cell")
          }
          column = place.column
          cellRow = place.row
        } else {
          column += 1
          guard column < CellReference.columnLimit else {
            throw TableReadError(
              line: rowNumber, message: "sheet '\(sheet.name)' has a row wider than Excel's")
          }
          cellRow = max(rowNumber, 1)
        }
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap(Int.init) ?? 0
        value = ""
        inline = ""
      case .start("v", _): inValue = true
      case .end("v"): inValue = false
      case .start("rPh", _): phonetic += 1
      case .end("rPh"): phonetic -= 1
      case .start("t", _): inInlineText = phonetic == 0
      case .end("t"): inInlineText = false
      case .text(let text):
        if inValue { value += text } else if inInlineText { inline += text }
      case .end("c"):
        let shown = try shownValue(
          type: type, style: style, value: value, inline: inline, row: cellRow, sheet: sheet)
        if !shown.isEmpty { rows[cellRow, default: [:]][column] = shown }
      case .start("mergeCell", let attributes):
        if let reference = attributes["ref"] { merges.append(reference) }
      default:
        break
      }
    }
    return (rows, merges)
  }

  /// A cell's value as the sheet shows it: shared and inline strings, numbers without float
  /// noise, dates as ISO dates, booleans as TRUE/FALSE; error values (`#N/A`) read as empty.
  private func shownValue(
    type: String, style: Int, value: String, inline: String, row: Int,
    sheet: XLSXWorkbook.Sheet
  ) throws(TableReadError) -> String {
    switch type {
    case "s":
      guard let index = Int(value.trimmingWhitespace()), sharedStrings.indices.contains(index)
      else {
        throw TableReadError(
          line: row,
          message: "sheet '\(sheet.name)' names shared string '\(value)', which the workbook "
            + "does not have; the file is damaged")
      }
      return sharedStrings[index]
    case "inlineStr":
      return ExcelText.unescaped(inline)
    case "str":
      return ExcelText.unescaped(value)
    case "b":
      return value.trimmingWhitespace() == "1" ? "TRUE" : value.isEmpty ? "" : "FALSE"
    case "e":
      return ""
    case "d":
      return value.trimmingWhitespace()
    default:
      let text = value.trimmingWhitespace()
      guard let number = Double(text), number.isFinite else { return text }
      return numberStyles.shown(number, style: style, from1904: from1904)
    }
  }

  /// Copies each merged range's value (its top-left cell's) down the range's first column,
  /// within the rows that hold values, and lists the ranges; fails when that would spread past
  /// `cellLimit`. Only down: a unit merged over its services' rows names the unit of each,
  /// while a heading merged across columns names none of them (header rows read it through
  /// the ranges).
  private func fill(
    _ merges: [String], into rows: inout [Int: [Int: String]],
    sheet: XLSXWorkbook.Sheet
  )
    throws(TableReadError) -> [CellRange]
  {
    guard !merges.isEmpty, let lastRow = rows.keys.max() else { return [] }
    var ranges: [CellRange] = []
    var spread = 0
    for merge in merges {
      let corners = merge.split(separator: ":")
      guard corners.count == 2, let start = CellReference(String(corners[0])),
        let end = CellReference(String(corners[1])), end.row >= start.row,
        end.column >= start.column, let value = rows[start.row]?[start.column]
      else { continue }
      let range = CellRange(
        rows: start.row...min(end.row, lastRow), columns: start.column...end.column)
      spread += range.rows.count
      guard spread <= Self.cellLimit else { throw Self.tooLarge(sheet) }
      ranges.append(range)
      for row in range.rows where rows[row]?[start.column] == nil {
        rows[row, default: [:]][start.column] = value
      }
    }
    return ranges
  }
}
