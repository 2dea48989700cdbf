/// An Excel workbook (Office Open XML) opened for reading: its sheets in tab order, and what
/// reading any sheet's cells needs (the shared strings, how cell styles show numbers, and the
/// date system). Written by Excel, LibreOffice, Google Sheets or a spreadsheet library alike.
struct XLSXWorkbook {
  /// One sheet: its tab name and the part that holds its cells.
  struct Sheet: Sendable, Hashable {
    /// The name on the sheet's tab.
    var name: String
    /// The path of the sheet's part in the zip (`xl/worksheets/sheet1.xml`).
    var part: String
    /// Whether the sheet is hidden, as cover and lookup sheets often are.
    var hidden: Bool
  }

  let archive: XLSXArchive
  /// The sheets, in tab order.
  let sheets: [Sheet]
  /// What reading a sheet's cells needs: shared strings, number styles, the date system.
  let cellReader: SheetReader

  /// Opens `bytes`; fails when they are not a workbook or its central parts are damaged.
  init(_ bytes: [UInt8]) throws(TableReadError) {
    archive = try XLSXArchive(bytes)
    let workbookPart =
      try Self.relationships(of: "", in: archive).first { $0.type.hasSuffix("/officeDocument") }?
      .target ?? "xl/workbook.xml"
    guard let workbook = try archive.part(workbookPart) else {
      throw TableReadError(
        line: 0, message: "the workbook has no \(workbookPart); it is not an Excel workbook")
    }
    let related = try Self.relationships(of: workbookPart, in: archive)
    let listed = try Self.sheets(in: workbook, part: workbookPart, related: related)
    sheets = listed.sheets
    guard !sheets.isEmpty else {
      throw TableReadError(line: 0, message: "the workbook has no worksheets")
    }
    let stringsPart =
      related.first { $0.type.hasSuffix("/sharedStrings") }?.target ?? "xl/sharedStrings.xml"
    let sharedStrings =
      try archive.part(stringsPart).map {
        (bytes) throws(TableReadError) in try Self.sharedStrings(in: bytes, part: stringsPart)
      } ?? []
    let stylesPart = related.first { $0.type.hasSuffix("/styles") }?.target ?? "xl/styles.xml"
    let numberStyles =
      try archive.part(stylesPart).map {
        (bytes) throws(TableReadError) in try Self.numberStyles(in: bytes, part: stylesPart)
      } ?? NumberStyles()
    cellReader = SheetReader(
      sharedStrings: sharedStrings, numberStyles: numberStyles, from1904: listed.from1904)
  }

  /// The sheet named `name`, matched exactly, then without regard to case and outer spaces.
  func sheet(named name: String) -> Sheet? {
    sheets.first { $0.name == name }
      ?? sheets.first {
        $0.name.trimmingWhitespace().lowercased() == name.trimmingWhitespace().lowercased()
      }
  }

  /// The cells of `sheet` as a table whose first row is the sheet's first row with a value
  /// (`nil` when no cell has one); each record's line is its row number on the sheet. A merged
  /// range repeats its value down its rows, as an inventory that merges one unit's cell over
  /// its services' rows means. O(cells).
  func table(of sheet: Sheet) throws(TableReadError) -> InventoryTable? {
    guard let bytes = try archive.part(sheet.part) else {
      throw TableReadError(
        line: 0,
        message: "the workbook lists sheet '\(sheet.name)' but has no \(sheet.part); the "
          + "file is damaged")
    }
    return try cellReader.table(fromXML: bytes, sheet: sheet)
  }
}
