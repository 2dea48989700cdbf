/// Excel's dates: a day count from 1900 (or 1904) in a cell whose number format shows a date.
enum ExcelDate {
  /// The built-in number formats that show dates (ECMA-376 §18.8.30, and the East Asian ones
  /// Excel adds).
  static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47)
    .union(50...58)

  /// Whether a custom format code shows a date: it has a day or year part outside quoted text
  /// and brackets (`dd/mm/yyyy`, `[$-421]d mmmm yyyy`), not only a time or a number.
  static func isDateFormat(_ code: String) -> Bool {
    var quoted = false
    var bracketed = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracketed = true
      case "]" where !quoted: bracketed = false
      case "d", "y":
        if !quoted && !bracketed { return true }
      default: break
      }
    }
    return false
  }

  /// `serial` as an ISO date (`2024-03-31`), counting as Excel does: day 1 is 1900-01-01 and
  /// day 60 the 29 February 1900 that never was (or day 0 is 1904-01-01); `nil` outside the
  /// years 1900–9999.
  static func isoDate(serial: Double, from1904: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    if from1904 {
      days += 1461
    } else {
      guard days >= 1 else { return nil }
      // Excel keeps Lotus 1-2-3's 29 February 1900: days after it are one too many.
      if days == 60 { return "1900-02-29" }
      if days > 60 { days -= 1 }
    }
    // Days since 1899-12-31 → days since 1970 → a civil date (Howard Hinnant's civil_from_days).
    let z = days - 25_568 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    guard (1900...9999).contains(year) else { return nil }
    func padded(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }
}
