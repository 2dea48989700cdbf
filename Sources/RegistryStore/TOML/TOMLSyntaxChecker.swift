/// A strict syntax check of TOML 1.0, run on a file's UTF-8 bytes before TOMLKit sees them.
///
/// TOMLKit wraps toml++, which keeps its internal assertions in release builds, so a few
/// malformed lines (`[[[links]]`, `[=]`, a lone `[[`, `tags = [}`, `released = 2024-08-01 5`)
/// stop the whole process instead of failing to parse. And TOMLKit passes text as C strings, so
/// a NUL character, raw or written `\u0000`, silently cuts the file or a string short. This
/// checker accepts only valid TOML 1.0 without NUL characters, so nothing that could do either
/// reaches TOMLKit, and it reports the first problem at its 1-based line and column, the column
/// counted in Unicode scalars after any byte order mark, as toml++ counts it.
///
/// It checks the grammar only: keys defined twice, tables redefined and numbers too large for a
/// double are left to TOMLKit, which reports them without harm. Integers are range-checked,
/// since the grammar's rule that they fit in 64 bits is cheap to check here.
///
/// One pass over the bytes with at most a few bytes of lookahead, recursing only into nested
/// arrays and inline tables (at most `maximumDepth` deep, toml++'s own limit): linear in the
/// size of the file, and without allocation unless it finds a problem.
struct TOMLSyntaxChecker {
  /// The first problem in a file: where it is, 1-based, and what is wrong there.
  struct Failure: Error, Equatable, CustomStringConvertible {
    var line: Int
    var column: Int
    var message: String

    var description: String { "\(line):\(column): \(message)" }
  }

  /// How deep values may nest in arrays and inline tables; toml++ refuses deeper values too.
  static let maximumDepth = 256

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index: Int
  /// Where line 1 starts: after a byte order mark, which toml++ skips and does not count.
  private let start: Int

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    let hasByteOrderMark =
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    start = hasByteOrderMark ? 3 : 0
    index = start
  }

  /// The first syntax problem in `source`, or `nil` when it is valid TOML 1.0 without NUL.
  static func check(_ source: String) -> Failure? {
    if let result = source.utf8.withContiguousStorageIfAvailable({ check($0) }) { return result }
    return Array(source.utf8).withUnsafeBufferPointer { check($0) }
  }

  /// The first syntax problem in `bytes`, or `nil` when they are valid TOML 1.0 without NUL.
  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
    var checker = TOMLSyntaxChecker(bytes)
    do {
      try checker.document()
      return nil
    } catch {
      return error
    }
  }

  // MARK: - Lines

  /// The whole file: blank lines, comments, key/value pairs and table headers, one a line.
  private mutating func document() throws(Failure) {
    while true {
      skipBlanks()
      guard index < bytes.count else { return }
      let byte = bytes[index]
      if byte == .openBracket {
        try tableHeader()
      } else if Self.isBareKeyByte(byte) || byte == .quote || byte == .apostrophe {
        try keyValuePair(depth: 1)
        try endOfLine(after: "the value")
      } else if byte == .hash {
        try comment()
      } else if byte == .lineFeed || byte == .carriageReturn {
        try lineBreak()
      } else {
        throw failure(
          "expected a key, a [table] header or a comment, found \(found())\(Self.keyHint(byte))")
      }
    }
  }

  /// The blanks, comment and line break that end a line; the end of the file ends it too.
  private mutating func endOfLine(after what: String) throws(Failure) {
    skipBlanks()
    switch peek() {
    case .hash: try comment()
    case .lineFeed, .carriageReturn: try lineBreak()
    default:
      guard index < bytes.count else { return }
      // Each pair and header needs a line of its own, so anything left is what went wrong.
      throw failure("expected the end of the line after \(what), found \(found())")
    }
  }

  /// A comment up to and including its line break; the reader is on the `#`.
  private mutating func comment() throws(Failure) {
    index += 1
    while index < bytes.count {
      let byte = bytes[index]
      if (byte >= 0x20 && byte < 0x7F) || byte == .tab {
        index += 1
      } else if byte >= 0x80 {
        try scalar()
      } else if byte == .lineFeed || byte == .carriageReturn {
        try lineBreak()
        return
      } else {
        throw failure("\(found()) is not allowed in a comment")
      }
    }
  }

  /// `\n` or `\r\n`; a carriage return on its own is not a line break in TOML.
  private mutating func lineBreak() throws(Failure) {
    if peek() == .carriageReturn {
      guard peek(1) == .lineFeed else {
        throw failure("a carriage return (\\r) must be followed by a line feed (\\n)")
      }
      index += 2
    } else {
      index += 1
    }
  }

  /// Spaces and tabs, the only whitespace TOML has within a line.
  private mutating func skipBlanks() {
    while index < bytes.count, bytes[index] == .space || bytes[index] == .tab { index += 1 }
  }

  /// `[table]` or `[[array.of.tables]]` and the rest of its line; the reader is on the `[`.
  private mutating func tableHeader() throws(Failure) {
    index += 1
    let isArray = peek() == .openBracket
    if isArray { index += 1 }
    skipBlanks()
    let name = isArray ? "array-of-tables" : "table"
    if !isArray && peek() == .openBracket {
      throw failure("the two '[' of an array-of-tables header must not be separated")
    }
    try key(expected: "the \(name) name")
    if isArray {
      guard peek() == .closeBracket && peek(1) == .closeBracket else {
        let at = peek() == .closeBracket ? index + 1 : index
        throw failure(
          at: at, "expected ']]' to close the array-of-tables header, found \(found(at: at))")
      }
      index += 2
    } else {
      guard peek() == .closeBracket else {
        throw failure("expected ']' to close the table header, found \(found())")
      }
      index += 1
    }
    try endOfLine(after: "the \(name) header")
  }

  // MARK: - Keys

  /// `key = value`, without the rest of the line; the reader is on the key's first byte.
  private mutating func keyValuePair(depth: Int) throws(Failure) {
    try key(expected: "a key")
    guard peek() == .equals else {
      throw failure("expected '=' after the key, found \(found())")
    }
    index += 1
    skipBlanks()
    try value(depth: depth)
  }

  /// A bare, quoted or dotted key and the blanks after it.
  private mutating func key(expected: String) throws(Failure) {
    var expected = expected
    while true {
      let byte = peek()
      if Self.isBareKeyByte(byte) {
        repeat { index += 1 } while Self.isBareKeyByte(peek())
      } else if byte == .quote || byte == .apostrophe {
        if peek(1) == byte && peek(2) == byte {
          throw failure("a key cannot be a multi-line string")
        }
        try singleLineString()
      } else {
        throw failure("expected \(expected), found \(found())\(Self.keyHint(byte))")
      }
      skipBlanks()
      guard peek() == .dot else { return }
      index += 1
      skipBlanks()
      expected = "a key after '.'"
    }
  }

  /// Advice for a key that starts with `byte`, which bare keys cannot.
  private static func keyHint(_ byte: UInt8) -> String {
    byte >= 0x80 ? " (a key with other characters must be quoted)" : ""
  }

  // MARK: - Values

  /// One value of any kind; the reader is on its first byte, past the blanks before it.
  private mutating func value(depth: Int) throws(Failure) {
    guard depth <= Self.maximumDepth else {
      throw failure("values are nested more than \(Self.maximumDepth) deep")
    }
    let byte = peek()
    switch byte {
    case .quote, .apostrophe:
      if peek(1) == byte && peek(2) == byte {
        try multiLineString()
      } else {
        try singleLineString()
      }
    case .openBracket: try array(depth: depth)
    case .openBrace: try inlineTable(depth: depth)
    case .digit0...(.digit9): try numberOrDateTime()
    case .plus, .minus:
      if !take("inf", at: 1) && !take("nan", at: 1) { try number() }
    default:
      if !take("true") && !take("false") && !take("inf") && !take("nan") {
        let hint = Self.isBareKeyByte(byte) ? " (text must be in quotes)" : ""
        throw failure(
          "expected a value (a string, number, boolean, date, time, array or inline table), "
            + "found \(found())\(hint)")
      }
    }
  }

  /// Reads `literal` if it comes `offset` bytes ahead, with the bytes before it.
  private mutating func take(_ literal: StaticString, at offset: Int = 0) -> Bool {
    let characters = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    for (position, character) in characters.enumerated() where peek(offset + position) != character
    {
      return false
    }
    index += offset + characters.count
    return true
  }

  /// `[ values ]`, over any number of lines, with comments and a trailing comma allowed.
  private mutating func array(depth: Int) throws(Failure) {
    let open = index
    index += 1
    while true {
      try skipArraySpace(open: open)
      if peek() == .closeBracket {
        index += 1
        return
      }
      try value(depth: depth + 1)
      try skipArraySpace(open: open)
      switch peek() {
      case .comma: index += 1
      case .closeBracket:
        index += 1
        return
      default:
        throw failure("expected ',' or ']' after the array element, found \(found())")
      }
    }
  }

  /// The blanks, line breaks and comments an array allows between its elements.
  private mutating func skipArraySpace(open: Int) throws(Failure) {
    while true {
      skipBlanks()
      switch peek() {
      case .lineFeed, .carriageReturn: try lineBreak()
      case .hash: try comment()
      default:
        guard index < bytes.count else {
          throw failure(at: open, "this array is never closed with ']'")
        }
        return
      }
    }
  }

  /// `{ key = value, … }`, on one line and without a trailing comma, as TOML 1.0 requires.
  private mutating func inlineTable(depth: Int) throws(Failure) {
    index += 1
    skipBlanks()
    if peek() == .closeBrace {
      index += 1
      return
    }
    while true {
      try inlineTableLineContinues()
      if peek() == .closeBrace {
        throw failure("an inline table cannot end with a comma")
      }
      try keyValuePair(depth: depth + 1)
      skipBlanks()
      switch peek() {
      case .comma:
        index += 1
        skipBlanks()
      case .closeBrace:
        index += 1
        return
      default:
        try inlineTableLineContinues()
        throw failure("expected ',' or '}' after the value in the inline table, found \(found())")
      }
    }
  }

  /// Fails where an inline table's line ends before its `}`.
  private func inlineTableLineContinues() throws(Failure) {
    let byte = peek()
    guard index >= bytes.count || byte == .lineFeed || byte == .carriageReturn || byte == .hash
    else { return }
    throw failure(
      "an inline table must close with '}' on the line it starts, found \(found()); "
        + "use a [table] for a longer one")
  }

  // MARK: - Strings

  /// `"basic"` or `'literal'` on one line; the reader is on the opening quote.
  private mutating func singleLineString() throws(Failure) {
    let open = index
    let delimiter = bytes[index]
    index += 1
    while true {
      let byte = peek()
      if byte == delimiter {
        index += 1
        return
      } else if byte == .backslash && delimiter == .quote {
        try escape(multiLine: false)
      } else if (byte >= 0x20 && byte < 0x7F) || byte == .tab {
        index += 1
      } else if byte >= 0x80 {
        try scalar()
      } else if index >= bytes.count || byte == .lineFeed || byte == .carriageReturn {
        let close = delimiter == .quote ? "\"" : "'"
        throw failure(
          at: open, "unterminated string: the closing \(close) is missing on this line")
      } else {
        throw controlCharacter(inLiteral: delimiter == .apostrophe)
      }
    }
  }

  /// `"""basic"""` or `'''literal'''` over any number of lines; the reader is on the first of
  /// the three opening quotes.
  private mutating func multiLineString() throws(Failure) {
    let open = index
    let delimiter = bytes[index]
    index += 3
    while true {
      let byte = peek()
      if byte == delimiter {
        var run = 1
        while peek(run) == delimiter { run += 1 }
        // One or two quotes may stand just before the closing three, but no more.
        guard run <= 5 else {
          throw failure(
            at: index + 5,
            "too many quotes in a row: at most two may stand just before the closing three")
        }
        index += run
        if run >= 3 { return }
      } else if byte == .backslash && delimiter == .quote {
        try escape(multiLine: true)
      } else if (byte >= 0x20 && byte < 0x7F) || byte == .tab {
        index += 1
      } else if byte >= 0x80 {
        try scalar()
      } else if byte == .lineFeed || byte == .carriageReturn {
        try lineBreak()
      } else if index >= bytes.count {
        let close = delimiter == .quote ? "\"\"\"" : "'''"
        throw failure(at: open, "unterminated multi-line string: the closing \(close) is missing")
      } else {
        throw controlCharacter(inLiteral: delimiter == .apostrophe)
      }
    }
  }

  /// One escape in a basic string, or in a multi-line one a backslash that ends its line; the
  /// reader is on the backslash.
  private mutating func escape(multiLine: Bool) throws(Failure) {
    let backslash = index
    index += 1
    let byte = peek()
    switch byte {
    case UInt8(ascii: "b"), UInt8(ascii: "t"), UInt8(ascii: "n"), UInt8(ascii: "f"),
      UInt8(ascii: "r"), .quote, .backslash:
      index += 1
      return
    case UInt8(ascii: "u"): return try unicodeEscape(digits: 4, backslash: backslash)
    case UInt8(ascii: "U"): return try unicodeEscape(digits: 8, backslash: backslash)
    default: break
    }
    let endsLine = byte == .lineFeed || byte == .carriageReturn
    if multiLine && (endsLine || byte == .space || byte == .tab) {
      skipBlanks()
      guard peek() == .lineFeed || peek() == .carriageReturn else {
        throw failure(
          "only spaces and tabs may follow a backslash that ends a line, found \(found())")
      }
      // The line break and all whitespace after it, blank lines included, are trimmed.
      while true {
        skipBlanks()
        guard peek() == .lineFeed || peek() == .carriageReturn else { return }
        try lineBreak()
      }
    }
    // At the end of the line or file, the string reports itself as unterminated.
    guard index < bytes.count, !endsLine else { return }
    let shown =
      byte > 0x20 && byte < 0x7F ? "'\\\(found(quoted: false))'" : "'\\' followed by \(found())"
    throw failure(
      "unknown escape \(shown); the escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX and "
        + "\\UXXXXXXXX")
  }

  /// The hex digits of `\uXXXX` or `\UXXXXXXXX`; the reader is on the `u` or `U`.
  private mutating func unicodeEscape(digits: Int, backslash: Int) throws(Failure) {
    index += 1
    var value: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = Self.digitValue(peek()) else {
        throw failure(
          "expected \(digits) hexadecimal digits after '\\\(digits == 4 ? "u" : "U")', "
            + "found \(found())")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    let written = String(decoding: bytes[backslash..<index], as: UTF8.self)
    if value == 0 {
      throw failure(
        at: backslash,
        "\(written) is a NUL character, and NUL characters are not supported "
          + "(the TOML library would cut the string short there)")
    } else if (0xD800...0xDFFF).contains(value) {
      throw failure(at: backslash, "\(written) is a UTF-16 surrogate, not a Unicode character")
    } else if value > 0x10FFFF {
      throw failure(at: backslash, "\(written) is beyond U+10FFFF, the last Unicode character")
    }
  }

  /// The problem with the control character the reader is on, found inside a string.
  private func controlCharacter(inLiteral: Bool) -> Failure {
    let escape = "\\u" + Self.hex(UInt32(peek()), width: 4)
    let advice =
      inLiteral
      ? "in a literal string; use a basic string (\"…\") with the escape \(escape)"
      : "in a string; write it as the escape \(escape)"
    return failure("\(found()) is not allowed \(advice)")
  }

  // MARK: - Numbers, dates and times

  /// A number, a date, a date-time or a time: all start with a digit, and the first five bytes
  /// tell them apart.
  private mutating func numberOrDateTime() throws(Failure) {
    if Self.isDigit(peek(1)) {
      if peek(2) == .colon {
        try time()
        return
      }
      if Self.isDigit(peek(2)) && Self.isDigit(peek(3)) && peek(4) == .minus {
        try dateTime()
        return
      }
    }
    try number()
  }

  /// An integer (decimal, or `0x`, `0o`, `0b` prefixed) or a float, with or without a sign.
  private mutating func number() throws(Failure) {
    let start = index
    let negative = peek() == .minus
    let signed = negative || peek() == .plus
    if signed { index += 1 }
    if peek() == .digit0, let radix = Self.radix(ofPrefix: peek(1)) {
      if signed {
        throw failure(
          at: start, "hexadecimal, octal and binary integers cannot have a sign")
      }
      index += 2
      let prefix = "0" + String(UnicodeScalar(bytes[index - 1]))
      guard let digit = Self.digitValue(peek()), digit < radix else {
        throw failure("expected a digit after '\(prefix)', found \(found())")
      }
      let magnitude = try digits(radix: radix)
      if Self.digitValue(peek()) != nil {
        throw failure("\(found()) is not a digit of a '\(prefix)' integer (base \(radix))")
      }
      guard let magnitude, magnitude <= UInt64(Int64.max) else {
        throw failure(at: start, "the integer does not fit in 64 bits")
      }
      return
    }
    guard Self.isDigit(peek()) else {
      throw failure("expected a digit after the sign, found \(found())")
    }
    if peek() == .digit0 && (Self.isDigit(peek(1)) || peek(1) == .underscore) {
      throw failure("a decimal number cannot start with a leading zero")
    }
    let magnitude = try digits(radix: 10)
    var isFloat = false
    if peek() == .dot {
      index += 1
      isFloat = true
      guard Self.isDigit(peek()) else {
        throw failure("expected a digit after the decimal point, found \(found())")
      }
      _ = try digits(radix: 10)
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      isFloat = true
      if peek() == .plus || peek() == .minus { index += 1 }
      guard Self.isDigit(peek()) else {
        throw failure("expected a digit in the exponent, found \(found())")
      }
      _ = try digits(radix: 10)
    }
    guard !isFloat else { return }
    let limit = UInt64(Int64.max) + (negative ? 1 : 0)
    guard let magnitude, magnitude <= limit else {
      throw failure(
        at: start,
        "the integer does not fit in 64 bits (from -9223372036854775808 to 9223372036854775807)")
    }
  }

  /// Digits in `radix`, single underscores allowed between them; the reader is on the first
  /// digit. Their value, or `nil` past `UInt64.max`.
  private mutating func digits(radix: UInt64) throws(Failure) -> UInt64? {
    var value: UInt64? = 0
    while true {
      if let digit = Self.digitValue(peek()), digit < radix {
        if let current = value {
          let (shifted, overflow) = current.multipliedReportingOverflow(by: radix)
          let (sum, carry) = shifted.addingReportingOverflow(digit)
          value = overflow || carry ? nil : sum
        }
        index += 1
      } else if peek() == .underscore {
        guard let next = Self.digitValue(peek(1)), next < radix else {
          throw failure("an underscore in a number must stand between two digits")
        }
        index += 1
      } else {
        return value
      }
    }
  }

  /// `YYYY-MM-DD`, then optionally a time after `T` or a space, then optionally an offset;
  /// the reader is on the first digit of the year.
  private mutating func dateTime() throws(Failure) {
    let yearStart = index
    let year = try field(digits: 4, expected: "a four-digit year")
    index += 1
    let monthStart = index
    let month = try field(digits: 2, expected: "a two-digit month")
    guard (1...12).contains(month) else {
      throw failure(at: monthStart, "month \(month) does not exist; months run from 01 to 12")
    }
    guard peek() == .minus else {
      throw failure("expected '-' between the month and the day, found \(found())")
    }
    index += 1
    let dayStart = index
    let day = try field(digits: 2, expected: "a two-digit day")
    let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    guard (1...days).contains(day) else {
      let yearAndMonth = String(decoding: bytes[yearStart..<yearStart + 7], as: UTF8.self)
      throw failure(at: dayStart, "day \(day) does not exist in \(yearAndMonth)")
    }
    // A space followed by a digit can only start the time; TOML has no other use for it here.
    let separator = peek()
    guard
      separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        || (separator == .space && Self.isDigit(peek(1)))
    else { return }
    index += 1
    try time(hour: "a time such as 07:30:00 after the date (two-digit hours)")
    switch peek() {
    case UInt8(ascii: "Z"), UInt8(ascii: "z"): index += 1
    case .plus, .minus:
      index += 1
      try field(
        digits: 2, expected: "the offset's two-digit hours", atMost: 23,
        else: "an offset's hours run from 00 to 23")
      guard peek() == .colon else {
        throw failure("expected ':' in the offset, found \(found())")
      }
      index += 1
      try field(
        digits: 2, expected: "the offset's two-digit minutes", atMost: 59,
        else: "an offset's minutes run from 00 to 59")
    default: break
    }
  }

  /// `HH:MM:SS`, optionally with a fraction of a second; the reader is on the first digit.
  private mutating func time(
    hour: String = "a time such as 07:30:00 (two-digit hours)"
  ) throws(Failure) {
    try field(digits: 2, expected: hour, atMost: 23, else: "hours run from 00 to 23")
    guard peek() == .colon else {
      throw failure("expected ':' after the hour, found \(found())")
    }
    index += 1
    try field(
      digits: 2, expected: "two-digit minutes", atMost: 59, else: "minutes run from 00 to 59")
    guard peek() == .colon else {
      throw failure("expected ':' and seconds after the minute (HH:MM:SS), found \(found())")
    }
    index += 1
    // 60 is a leap second, which RFC 3339 and so TOML allow.
    try field(
      digits: 2, expected: "two-digit seconds", atMost: 60, else: "seconds run from 00 to 60")
    guard peek() == .dot else { return }
    index += 1
    guard Self.isDigit(peek()) else {
      throw failure("expected digits after the decimal point of the seconds, found \(found())")
    }
    while Self.isDigit(peek()) { index += 1 }
  }

  /// The value of exactly `digits` decimal digits, a field of a date or time.
  /// A field of `digits` digits no greater than `maximum`; out of range is `outOfRange`,
  /// reported at the field's first digit.
  private mutating func field(
    digits: Int, expected: String, atMost maximum: Int, else outOfRange: String
  ) throws(Failure) {
    let start = index
    guard try field(digits: digits, expected: expected) <= maximum else {
      throw failure(at: start, outOfRange)
    }
  }

  private mutating func field(digits: Int, expected: String) throws(Failure) -> Int {
    var value = 0
    for _ in 0..<digits {
      guard Self.isDigit(peek()) else {
        throw failure("expected \(expected), found \(found())")
      }
      value = value * 10 + Int(peek() - .digit0)
      index += 1
    }
    return value
  }

  // MARK: - Characters

  /// One multi-byte UTF-8 character, checked strictly: no overlong forms, surrogates or values
  /// past U+10FFFF, which toml++ refuses too.
  private mutating func scalar() throws(Failure) {
    guard let length = Self.scalarLength(bytes, at: index) else {
      throw failure("the file is not valid UTF-8 here")
    }
    index += length
  }

  /// The length of the valid UTF-8 sequence at `offset` that is not ASCII, or `nil`.
  private static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    func byte(_ ahead: Int) -> UInt8 { offset + ahead < bytes.count ? bytes[offset + ahead] : 0 }
    let length: Int
    var range: ClosedRange<UInt8> = 0x80...0xBF
    switch byte(0) {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      range = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      range = 0x80...0x9F
    case 0xF0:
      length = 4
      range = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      range = 0x80...0x8F
    default: return nil
    }
    guard range.contains(byte(1)) else { return nil }
    for ahead in 2..<length where byte(ahead) & 0xC0 != 0x80 { return nil }
    return length
  }

  /// The byte `ahead` places past the reader, or 0 past the end: NUL is invalid everywhere, so
  /// every check that rejects it also stops at the end without a bounds test of its own.
  @inline(__always)
  private func peek(_ ahead: Int = 0) -> UInt8 {
    let at = index + ahead
    return at < bytes.count ? bytes[at] : 0
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= .digit0 && byte <= .digit9 }

  private static func isBareKeyByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || isDigit(byte)
      || byte == .minus || byte == .underscore
  }

  /// The value of a hexadecimal digit of either case, or `nil`.
  private static func digitValue(_ byte: UInt8) -> UInt64? {
    switch byte {
    case .digit0...(.digit9): UInt64(byte - .digit0)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// The base that `0x`, `0o` or `0b` announce (lowercase only), given the letter.
  private static func radix(ofPrefix letter: UInt8) -> UInt64? {
    switch letter {
    case UInt8(ascii: "x"): 16
    case UInt8(ascii: "o"): 8
    case UInt8(ascii: "b"): 2
    default: nil
    }
  }

  // MARK: - Errors

  /// What is at `offset`, for messages: a quoted character, or a name for what cannot be quoted.
  private func found(at offset: Int? = nil, quoted: Bool = true) -> String {
    let offset = offset ?? index
    guard offset < bytes.count else { return "the end of the file" }
    let byte = bytes[offset]
    switch byte {
    case .lineFeed: return "the end of the line"
    case .carriageReturn:
      return offset + 1 < bytes.count && bytes[offset + 1] == .lineFeed
        ? "the end of the line" : "a carriage return"
    case .tab: return "a tab"
    case 0x20..<0x7F:
      let text = String(UnicodeScalar(byte))
      return quoted ? "'\(text)'" : text
    case 0..<0x20, 0x7F: return "control character U+00\(Self.hex(UInt32(byte), width: 2))"
    default:
      guard let length = Self.scalarLength(bytes, at: offset) else {
        return "a byte that is not valid UTF-8 (0x\(Self.hex(UInt32(byte), width: 2)))"
      }
      let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
      let code = Self.hex(text.unicodeScalars.first!.value, width: 4)
      return quoted ? "'\(text)' (U+\(code))" : text
    }
  }

  /// `value` in uppercase hexadecimal, padded with zeros to `width` digits.
  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// A failure at `offset` (the reader's place by default), with its line and column; a raw
  /// NUL there gets its own message, since TOMLKit would have cut the file short at it.
  private func failure(at offset: Int? = nil, _ message: String) -> Failure {
    let offset = min(offset ?? index, bytes.count)
    var line = 1
    var lineStart = start
    for position in start..<offset where bytes[position] == .lineFeed {
      line += 1
      lineStart = position + 1
    }
    var column = 1
    for position in lineStart..<offset where bytes[position] & 0xC0 != 0x80 { column += 1 }
    let nul = offset < bytes.count && bytes[offset] == 0
    return Failure(
      line: line, column: column,
      message: nul
        ? "NUL characters are not supported (the TOML library would cut the file short here)"
        : message)
  }
}

extension UInt8 {
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let lineFeed = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let hash = UInt8(ascii: "#")
  fileprivate static let apostrophe = UInt8(ascii: "'")
  fileprivate static let plus = UInt8(ascii: "+")
  fileprivate static let comma = UInt8(ascii: ",")
  fileprivate static let minus = UInt8(ascii: "-")
  fileprivate static let dot = UInt8(ascii: ".")
  fileprivate static let digit0 = UInt8(ascii: "0")
  fileprivate static let digit9 = UInt8(ascii: "9")
  fileprivate static let colon = UInt8(ascii: ":")
  fileprivate static let equals = UInt8(ascii: "=")
  fileprivate static let openBracket = UInt8(ascii: "[")
  fileprivate static let backslash = UInt8(ascii: "\\")
  fileprivate static let closeBracket = UInt8(ascii: "]")
  fileprivate static let underscore = UInt8(ascii: "_")
  fileprivate static let openBrace = UInt8(ascii: "{")
  fileprivate static let closeBrace = UInt8(ascii: "}")
}
