// libFuzzer harness: Excel workbooks.
//
// The first byte chooses the layer. Even: the rest is a whole workbook, planned as the services
// file of `import xlsx` (the zip container, relationships, sheet list, shared strings, styles,
// cells, header search). Odd: the rest is split at 0xFF bytes into a sheet's XML, shared strings
// XML and styles XML, read by `SheetReader` directly (no zip to get past), and every header
// candidate of the table is taken. Either way, nothing may crash, hang or read without bound.

import RegistryModel

@testable import Exchange

private let baseRegistry = Registry(settings: RegistrySettings(name: "fuzz"))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
  if data[0] % 2 == 0 {
    let plan = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
      services: InventoryDocument(name: "book.xlsx", bytes: bytes, format: .xlsx(sheet: nil)),
      against: baseRegistry)
    for issue in plan.errors + plan.warnings { _ = issue.description.count }
    return 0
  }
  let parts = bytes.split(separator: 0xFF, maxSplits: 2, omittingEmptySubsequences: false)
    .map(Array.init)
  var reader = SheetReader()
  if parts.count > 1 {
    reader.sharedStrings =
      (try? XLSXWorkbook.sharedStrings(in: parts[1], part: "sharedStrings.xml")) ?? []
  }
  if parts.count > 2 {
    reader.numberStyles =
      (try? XLSXWorkbook.numberStyles(in: parts[2], part: "styles.xml")) ?? NumberStyles()
  }
  reader.from1904 = size % 2 == 0
  let sheet = XLSXWorkbook.Sheet(name: "Sheet1", part: "sheet1.xml", hidden: false)
  guard let table = try? reader.table(fromXML: parts[0], sheet: sheet) else { return 0 }
  for row in 0..<table.headerCandidates {
    let candidate = table.withHeader(atRow: row)
    _ = candidate.header.count + candidate.records.count
  }
  return 0
}
