/// A day in the proleptic Gregorian calendar, written `YYYY-MM-DD`, with no time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// `year * 10_000 + month * 100 + day`: four bytes, ordered like the dates, and the form
  /// the parse cache stores.
  package let packed: UInt32

  /// The year, 1 through 9999.
  public var year: Int { Int(packed / 10_000) }
  /// The month, 1 through 12.
  public var month: Int { Int(packed / 100 % 100) }
  /// The day of the month, 1 through the month's length.
  public var day: Int { Int(packed % 100) }

  /// Creates a date from its parts, rejecting days that do not exist (such as 2025-02-29).
  public init(year: Int, month: Int, day: Int) throws(ModelError) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.days(inMonth: month, of: year)).contains(day)
    else {
      throw .invalidDate(
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))")
    }
    packed = UInt32(year * 10_000 + month * 100 + day)
  }

  /// The date `packed` stands for, or nil when it is no real day.
  package init?(packed: UInt32) {
    guard
      let date = try? CalendarDate(
        year: Int(packed / 10_000), month: Int(packed / 100 % 100), day: Int(packed % 100))
    else { return nil }
    self = date
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init(validating text: some StringProtocol) throws(ModelError) {
    let bytes = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
    else { throw .invalidDate(String(text)) }
    do {
      try self.init(year: year, month: month, day: day)
    } catch {
      throw .invalidDate(String(text))
    }
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.packed < rhs.packed
  }

  private static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
