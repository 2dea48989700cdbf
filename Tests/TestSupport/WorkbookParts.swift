import Foundation
import ZIPFoundation

/// An Excel workbook written part by part, for tests of hostile and unusual workbooks that no
/// spreadsheet program writes on purpose: damaged XML, missing parts, prefixed names, escapes.
public struct WorkbookParts: Sendable {
  /// Each part's path in the zip and its text.
  public var parts: [String: String]

  /// A workbook with one sheet, `Sheet1`, whose `<sheetData>` is `rows`, with `strings` as its
  /// shared strings and `styles` as its `styles.xml` when given.
  public init(
    rows: String, strings: [String] = [], styles: String? = nil, workbookProperties: String = ""
  ) {
    parts = [
      "[Content_Types].xml": """
      <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
      """,
      "_rels/.rels": """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
      """,
      "xl/workbook.xml": """
      <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\(workbookProperties)<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
      """,
      "xl/_rels/workbook.xml.rels": """
      <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
      """,
      "xl/worksheets/sheet1.xml": """
      <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows)</sheetData></worksheet>
      """,
      "xl/sharedStrings.xml": """
      <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(strings.map { "<si><t>\($0)</t></si>" }.joined())</sst>
      """,
    ]
    if let styles { parts["xl/styles.xml"] = styles }
  }

  /// The workbook as the bytes of a zip file, its parts deflated as Excel stores them or, with
  /// `deflated` false, stored as they are.
  public func bytes(deflated: Bool = true) throws -> [UInt8] {
    let directory = TemporaryDirectory()
    defer { directory.remove() }
    let url = URL(fileURLWithPath: directory.file("book.xlsx"))
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        compressionMethod: deflated ? .deflate : .none
      ) { position, size in
        data.subdata(in: Int(position)..<(Int(position) + size))
      }
    }
    return Array(try Data(contentsOf: url))
  }
}
