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
  ///
  /// With a `width` (a terminal's), no line is longer: the last column's cells are cut with
  /// `…`, and when even the other columns do not fit with ten columns to spare, each row
  /// becomes a block of `heading  value` lines, as psql's expanded display does.
  public func render(style: Style, headings showsHeadings: Bool = true, width: Int? = nil)
    -> String
  {
    // Each cell is measured once: measuring by characters is the costly part of a long table.
    let cellWidths = rows.map { $0.map(TextTable.visibleWidth) }
    var widths = headings.map(\.count)
    for row in cellWidths {
      for (index, width) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], width)
      }
    }
    let lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
    if let width, lead + (widths.last ?? 0) > width {
      if lead + min(widths.last ?? 0, 10) > width {
        return expanded(style: style, width: width)
      }
    }
    var out = ""
    func line(_ cells: [String], _ measured: [Int]) {
      for (index, cell) in cells.enumerated() {
        if index == cells.count - 1, let width {
          out += TextWrap.truncate(cell, to: width - lead)
          break
        }
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

  /// Each row as a block of `heading  value` lines, values cut to `width`, blocks apart.
  private func expanded(style: Style, width: Int) -> String {
    let label = (headings.map(\.count).max() ?? 0) + 2
    var out = ""
    for (number, row) in rows.enumerated() {
      if number > 0 { out += "\n" }
      for (heading, cell) in zip(headings, row) {
        out +=
          style.heading(heading.lowercased())
          + String(repeating: " ", count: label - heading.count)
          + TextWrap.truncate(cell, to: max(1, width - label)) + "\n"
      }
    }
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
