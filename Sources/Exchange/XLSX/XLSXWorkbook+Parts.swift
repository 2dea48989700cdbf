/// Reading a workbook's central parts: relationships, the sheet list, shared strings and the
/// number formats of its cell styles.
extension XLSXWorkbook {
  /// One relationship of a part: its id, what kind of part it points to, and that part's path.
  struct Relationship {
    /// The id other parts name it by (`rId1`).
    var id: String
    /// The relationship type's URI (its last path word says what it is).
    var type: String
    /// The target part's path inside the zip.
    var target: String
  }

  /// The relationships of the part at `source` (`""` for the package itself), with targets
  /// resolved against the source's folder; none when the workbook has no such part.
  static func relationships(of source: String, in archive: XLSXArchive) throws(TableReadError)
    -> [Relationship]
  {
    let folder = source.split(separator: "/").dropLast().joined(separator: "/")
    let name = source.split(separator: "/").last.map(String.init) ?? ""
    let part = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
    guard let bytes = try archive.part(part) else { return [] }
    var found: [Relationship] = []
    try XMLEvents(part: part, bytes: bytes).read { event in
      guard case .start("Relationship", let attributes) = event,
        attributes["TargetMode"] != "External", let type = attributes["Type"],
        let target = attributes["Target"]
      else { return }
      found.append(
        Relationship(id: attributes["Id"] ?? "", type: type, target: resolve(target, in: folder)))
    }
    return found
  }

  /// `target` as a path from the zip's root: absolute targets lose their `/`, relative ones
  /// are joined to `folder` with `..` steps taken.
  private static func resolve(_ target: String, in folder: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = folder.split(separator: "/").map(String.init)
    for step in target.split(separator: "/") {
      switch step {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(String(step))
      }
    }
    return parts.joined(separator: "/")
  }

  /// The worksheets `workbook` lists, in tab order (chart sheets left out), and its date
  /// system. A sheet without a relationship is looked for where Excel puts it
  /// (`xl/worksheets/sheetN.xml`).
  static func sheets(in workbook: [UInt8], part: String, related: [Relationship])
    throws(TableReadError) -> (sheets: [Sheet], from1904: Bool)
  {
    let byID = Dictionary(related.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var sheets: [Sheet] = []
    var from1904 = false
    var order = 0
    try XMLEvents(part: part, bytes: workbook).read { event in
      guard case .start(let name, let attributes) = event else { return }
      switch name {
      case "workbookPr":
        from1904 = ["1", "true"].contains(attributes["date1904"]?.lowercased() ?? "")
      case "sheet":
        order += 1
        let target: String
        if let relationship = attributes["id"].flatMap({ byID[$0] }) {
          guard relationship.type.hasSuffix("/worksheet") else { return }
          target = relationship.target
        } else {
          target = "xl/worksheets/sheet\(order).xml"
        }
        sheets.append(
          Sheet(
            name: attributes["name"] ?? "Sheet\(order)", part: target,
            hidden: (attributes["state"] ?? "visible") != "visible"))
      default:
        break
      }
    }
    return (sheets, from1904)
  }

  /// The text of each shared string: its `<t>` runs joined, phonetic guides left out.
  static func sharedStrings(in bytes: [UInt8], part: String) throws(TableReadError) -> [String] {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    try XMLEvents(part: part, bytes: bytes).read { event in
      switch event {
      case .start("si", _): current = ""
      case .start("rPh", _): phonetic += 1
      case .end("rPh"): phonetic -= 1
      case .start("t", _): inText = phonetic == 0
      case .end("t"): inText = false
      case .text(let text) where inText: current += text
      case .end("si"): strings.append(ExcelText.unescaped(current))
      default: break
      }
    }
    return strings
  }

  /// How the cell styles show numbers: the custom formats that show dates or pad with zeros,
  /// and the built-in date formats, by cell style.
  static func numberStyles(in bytes: [UInt8], part: String) throws(TableReadError)
    -> NumberStyles
  {
    var customDates: Set<Int> = []
    var zeroWidths: [Int: Int] = [:]
    var styles = NumberStyles()
    var inCellFormats = false
    var index = 0
    try XMLEvents(part: part, bytes: bytes).read { event in
      switch event {
      case .start("numFmt", let attributes):
        guard let id = attributes["numFmtId"].flatMap(Int.init) else { return }
        let code = attributes["formatCode"] ?? ""
        if ExcelDate.isDateFormat(code) { customDates.insert(id) }
        if !code.isEmpty, code.allSatisfy({ $0 == "0" }) { zeroWidths[id] = code.count }
      case .start("cellXfs", _):
        inCellFormats = true
      case .end("cellXfs"):
        inCellFormats = false
      case .start("xf", let attributes) where inCellFormats:
        let format = attributes["numFmtId"].flatMap(Int.init) ?? 0
        if ExcelDate.builtInDateFormats.contains(format) || customDates.contains(format) {
          styles.dates.insert(index)
        }
        if let width = zeroWidths[format] { styles.zeroPadded[index] = width }
        index += 1
      default:
        break
      }
    }
    return styles
  }
}
