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

  /// The table as text, the last column left unpadded; O(cells).
  public func render(style: Style) -> String {
    var widths = headings.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], TextTable.visibleWidth(cell))
      }
    }
    var out = ""
    func line(_ cells: [String]) {
      for (index, cell) in cells.enumerated() {
        out += cell
        if index < cells.count - 1 {
          out += String(repeating: " ", count: widths[index] - TextTable.visibleWidth(cell) + 2)
        }
      }
      out += "\n"
    }
    line(headings.map { style.heading($0) })
    rows.forEach(line)
    return out
  }

  /// The width of `text` on screen: characters, not counting colour codes.
  static func visibleWidth(_ text: String) -> Int {
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
