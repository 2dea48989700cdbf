/// A cell's place on a sheet as Excel writes it (`B7`, `AA12`): 0-based column, 1-based row.
struct CellReference: Hashable, Sendable {
  /// The widest sheet Excel writes: column `XFD`.
  static let columnLimit = 16_384
  /// The tallest sheet Excel writes.
  static let rowLimit = 1_048_576

  /// The 0-based column: `A` is 0.
  var column: Int
  /// The 1-based row.
  var row: Int

  /// Reads `A1`-style text; `nil` when it is not a cell on a sheet Excel can hold. O(length).
  init?(_ text: String) {
    var column = 0
    var row = 0
    var letters = 0
    var digits = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "$"):
        continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
        letters += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
        column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
        letters += 1
      case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
        row = row * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      default:
        return nil
      }
      guard letters <= 3, digits <= 7 else { return nil }
    }
    guard letters > 0, digits > 0, column <= Self.columnLimit, (1...Self.rowLimit).contains(row)
    else { return nil }
    self.column = column - 1
    self.row = row
  }

  /// Reads the column letters of `text` alone (`B` of `B7`), for a cell whose row is known.
  static func column(of text: String) -> Int? {
    CellReference(text.filter { $0.isLetter } + "1")?.column
  }
}
