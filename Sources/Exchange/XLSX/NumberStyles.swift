import Foundation

/// What a workbook's cell styles say about showing numbers: which show dates, and which pad
/// whole numbers with zeros (a unit code `000123` kept as the number 123).
struct NumberStyles: Sendable {
  /// The cell styles (indices into `cellXfs`) whose number format shows a date.
  var dates: Set<Int> = []
  /// The width of each cell style whose number format is only zeros (`000000`).
  var zeroPadded: [Int: Int] = [:]

  /// `number` as a cell of `style` shows it, given the workbook's date system.
  func shown(_ number: Double, style: Int, from1904: Bool) -> String {
    if dates.contains(style), let date = ExcelDate.isoDate(serial: number, from1904: from1904) {
      return date
    }
    let text = Self.general(number)
    if let width = zeroPadded[style], number >= 0, text.allSatisfy(\.isNumber),
      text.count < width
    {
      return String(repeating: "0", count: width - text.count) + text
    }
    return text
  }

  /// `number` as Excel shows it in a General cell: at most 15 significant digits, whole
  /// numbers without a decimal point.
  static func general(_ number: Double) -> String {
    let rounded = Double(String(format: "%.15g", number)) ?? number
    if rounded == rounded.rounded(), abs(rounded) < 1e15 {
      return String(Int64(rounded))
    }
    return "\(rounded)"
  }
}
