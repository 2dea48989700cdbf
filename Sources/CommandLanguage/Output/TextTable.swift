/// Aligns rows of cells into columns for terminal output, measuring width in characters so that
/// UTF-8 names line up.
public struct TextTable: Sendable {
  /// The column headings.
  public var headings: [String]
  /// The rows, each with one cell per heading; a cell may hold colour codes.
  public var rows: [[String]] = []

  /// Creates an empty table with `headings`.
  public init(_ headings: [String]) { self.headings = headings }

  /// Adds a row.
  public mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as text, the last column left unpadded, with the headings unless `headings`
  /// is false (columns still as wide as they would be); O(cells).
  public func render(style: Style, headings showsHeadings: Bool = true) -> String {
    // Each cell is measured once: measuring by characters is the costly part of a long table.
    let cellWidths = rows.map { $0.map(TextTable.visibleWidth) }
    var widths = headings.map(\.count)
    for row in cellWidths {
      for (index, width) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], width)
      }
    }
    var out = ""
    func line(_ cells: [String], _ measured: [Int]) {
      for (index, cell) in cells.enumerated() {
        out += cell
        if index < cells.count - 1 {
          out += String(repeating: " ", count: widths[index] - measured[index] + 2)
        }
      }
      out += "\n"
    }
    if showsHeadings { line(headings.map { style.heading($0) }, headings.map(\.count)) }
    for (row, measured) in zip(rows, cellWidths) { line(row, measured) }
    return out
  }

  /// The width of `text` on screen: characters, not counting colour codes.
  static func visibleWidth(_ text: String) -> Int {
    // Plain ASCII, nearly every id, unit and version, is one column a byte.
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x1B }) { return text.utf8.count }
    var width = 0
    var inEscape = false
    for character in text {
      if inEscape {
        if character == "m" { inEscape = false }
      } else if character == "\u{1B}" {
        inEscape = true
      } else {
        width += 1
      }
    }
    return width
  }
}
