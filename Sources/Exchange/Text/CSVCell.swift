/// One CSV cell as RFC 4180 writes it, with spreadsheet formulas neutralised.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
/// a formula, so such a value is written with a `'` in front. To make the round trip exact, a
/// value that already starts with one or more `'` followed by such a character gets one more;
/// `restored(_:)` removes exactly one `'` from any cell of that shape.
enum CSVCell {
  /// Whether `byte` makes a spreadsheet read the cell as a formula when it comes first.
  static func isFormulaStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
      UInt8(ascii: "\t"), UInt8(ascii: "\r"):
      true
    default: false
    }
  }

  /// Whether `value` is `'`* followed by a formula start: what neutralising prefixes; O(prefix).
  static func needsQuoteMark(_ value: String) -> Bool {
    for byte in value.utf8 where byte != UInt8(ascii: "'") { return isFormulaStart(byte) }
    return false
  }

  /// The cell as read from a file with the neutralising `'` removed again; O(length).
  static func restored(_ cell: String) -> String {
    guard cell.utf8.first == UInt8(ascii: "'"), needsQuoteMark(cell) else { return cell }
    return String(cell.dropFirst())
  }

  /// Writes `value` as one cell: neutralised, and quoted (with `"` doubled) when it holds a
  /// comma, a quote or a line break; O(length).
  static func write(_ value: String, to out: inout ByteWriter) {
    let neutralise = needsQuoteMark(value)
    let quote = value.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
        || $0 == UInt8(ascii: "\r")
    }
    if quote { out.write(byte: UInt8(ascii: "\"")) }
    if neutralise { out.write(byte: UInt8(ascii: "'")) }
    if quote {
      out.write(value) { $0 == UInt8(ascii: "\"") ? "\"\"" : nil }
      out.write(byte: UInt8(ascii: "\""))
    } else {
      out.write(value)
    }
  }

  /// Writes one record: the cells separated by commas, ended by CRLF as RFC 4180 asks.
  static func writeRecord(_ cells: [String], to out: inout ByteWriter) {
    for (index, cell) in cells.enumerated() {
      if index > 0 { out.write(byte: UInt8(ascii: ",")) }
      write(cell, to: &out)
    }
    out.write("\r\n")
  }
}
