/// Splits text into lowercase words the way people write service names: case, punctuation and
/// hyphens go, accents fold to ASCII (`é` → `e`), apostrophes join (`Ma'had` → `mahad`), digits
/// with dots stay one word (`4.0`), and an `e-`/`e` prefix comes off (`e-RKAM`, `eAkademik`),
/// leaving a mark in the word's shape; O(length of the text).
struct TextScanner: Sendable {
  private var word: [UInt8] = []
  private var upper = 0
  private var lower = 0
  private var digits = 0
  private var firstIsLowerPrefix = false
  private var secondIsUpper = false
  private var firstIsUpper = false
  private var separator = Separator.space
  private var hyphen = false
  private var prefix = false

  /// A scanner with empty scratch space.
  init() {}

  /// Appends the words of `text` to `stream`, interning them in `table`, as one new text.
  mutating func scan(_ text: String, table: inout TokenTable, into stream: inout TokenStream) {
    let textStart = stream.ids.count
    separator = .space
    hyphen = false
    prefix = false
    reset()
    let alphanumeric = TextScanner.alphanumeric
    text.withUTF8Bytes { bytes in
      var index = 0
      while index < bytes.count {
        // Plain ASCII letters and digits, most of any name, take this loop and no call.
        var byte = bytes[index]
        while byte < 0x80 && alphanumeric[Int(byte)] != 0 {
          if byte >= 0x61 {
            letter(byte, isUpper: false)
          } else if byte >= 0x41 {
            letter(byte | 0x20, isUpper: true)
          } else {
            word.append(byte)
            digits += 1
          }
          index += 1
          guard index < bytes.count else { break }
          byte = bytes[index]
        }
        if index < bytes.count {
          index = step(bytes, index, textStart: textStart, table: &table, stream: &stream)
        }
      }
    }
    flush(table: &table, stream: &stream)
    stream.finishText()
  }

  /// Reads the byte (or scalar) at `index` and returns where the next one starts.
  private mutating func step(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, textStart: Int,
    table: inout TokenTable, stream: inout TokenStream
  ) -> Int {
    let byte = bytes[index]
    let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
    if byte >= 0x80 {
      return stepScalar(bytes, index, textStart: textStart, table: &table, stream: &stream)
    }
    if byte >= 0x61 && byte <= 0x7a {
      letter(byte, isUpper: false)
      return index + 1
    }
    if byte >= 0x41 && byte <= 0x5a {
      letter(byte | 0x20, isUpper: true)
      return index + 1
    }
    if byte >= 0x30 && byte <= 0x39 {
      word.append(byte)
      digits += 1
      return index + 1
    }
    switch byte {
    case UInt8(ascii: "'"), UInt8(ascii: "`"):
      if !word.isEmpty && TextScanner.isLetter(next) { return index + 1 }
      punctuation(.other, table: &table, stream: &stream)
    case UInt8(ascii: "."):
      if let last = word.last, TextScanner.isDigit(last), TextScanner.isDigit(next) {
        word.append(byte)
        return index + 1
      }
      punctuation(.other, table: &table, stream: &stream)
    case UInt8(ascii: "-"):
      if !word.isEmpty && TextScanner.isAlphanumeric(next) {
        // `e-RKAM`, `E-Learning`: the lone `e` is a prefix, not a word.
        if word == [UInt8(ascii: "e")] && upper + lower == 1 && TextScanner.isLetter(next) {
          reset()
          prefix = true
          return index + 1
        }
        flush(table: &table, stream: &stream)
        hyphen = true
        return index + 1
      }
      punctuation(.dash, table: &table, stream: &stream)
    case UInt8(ascii: ":"):
      punctuation(.dash, table: &table, stream: &stream)
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
      punctuation(.open, table: &table, stream: &stream)
    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
      flush(table: &table, stream: &stream)
      if stream.ids.count > textStart {
        stream.shapes[stream.ids.count - 1].insert(.closesParenthesis)
      }
      punctuation(.close, table: &table, stream: &stream)
    case UInt8(ascii: "/"):
      punctuation(.slash, table: &table, stream: &stream)
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
      flush(table: &table, stream: &stream)
    default:
      punctuation(.other, table: &table, stream: &stream)
    }
    return index + 1
  }

  private mutating func stepScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, textStart: Int,
    table: inout TokenTable, stream: inout TokenStream
  ) -> Int {
    let (value, length) = TextScanner.decode(bytes, index)
    let after = index + length
    let next: UInt8 = after < bytes.count ? bytes[after] : 0
    if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
      let folded = TextScanner.latin1[Int(value - 0xC0)]
      letter(folded, isUpper: value < 0xDF)
      return after
    }
    switch value {
    case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
      punctuation(.dash, table: &table, stream: &stream)
    case 0x2018, 0x2019:
      if word.isEmpty || !TextScanner.isLetter(next) {
        punctuation(.other, table: &table, stream: &stream)
      }
    default:
      if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
        for byte in scalar.properties.lowercaseMapping.utf8 { word.append(byte) }
        if scalar.properties.isUppercase {
          upper += 1
        } else {
          lower += 1
        }
      } else {
        punctuation(.other, table: &table, stream: &stream)
      }
    }
    return after
  }

  @inline(__always)
  private mutating func letter(_ byte: UInt8, isUpper: Bool) {
    let position = upper + lower
    if position == 0 {
      firstIsUpper = isUpper
      firstIsLowerPrefix = !isUpper && (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "m"))
    } else if position == 1 && word.count == 1 {
      secondIsUpper = isUpper
    }
    word.append(byte)
    if isUpper {
      upper += 1
    } else {
      lower += 1
    }
  }

  private mutating func punctuation(
    _ kind: Separator, table: inout TokenTable, stream: inout TokenStream
  ) {
    flush(table: &table, stream: &stream)
    if kind.priority > separator.priority { separator = kind }
    hyphen = false
  }

  private mutating func flush(table: inout TokenTable, stream: inout TokenStream) {
    guard !word.isEmpty else { return }
    var shape = TokenShape()
    var start = 0
    var lowerLetters = lower
    // `eAkademik`, `eRKAM`, `mCampus`: a lowercase prefix glued to a capitalised word.
    if firstIsLowerPrefix && secondIsUpper && word.count >= 3 {
      start = 1
      lowerLetters -= 1
      shape.insert(.prefixed)
    }
    let letters = upper + lowerLetters
    if letters >= 2 && lowerLetters == 0 { shape.insert(.uppercase) }
    if digits > 0 { shape.insert(.hasDigit) }
    if digits > 0 && letters == 0 { shape.insert(.numeric) }
    if firstIsUpper || (start == 1 && secondIsUpper) { shape.insert(.capitalised) }
    if prefix { shape.insert(.prefixed) }
    if hyphen { shape.insert(.hyphenated) }
    let id = word.withUnsafeBufferPointer {
      table.intern(UnsafeBufferPointer(rebasing: $0[start...]))
    }
    stream.append(id, shape, separator)
    separator = .space
    hyphen = false
    prefix = false
    reset()
  }

  private mutating func reset() {
    word.removeAll(keepingCapacity: true)
    upper = 0
    lower = 0
    digits = 0
    firstIsLowerPrefix = false
    secondIsUpper = false
    firstIsUpper = false
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
    let lead = bytes[index]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= bytes.count else { return (0xFFFD, 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length {
      value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
    }
    return (value, length)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a || byte >= 0x80
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

  /// 1 for the ASCII letters and digits, by byte.
  private static let alphanumeric: [UInt8] = (0..<128).map { byte in
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a)
      || (byte >= 0x61 && byte <= 0x7a)
      ? 1 : 0
  }

  /// Latin-1 letters U+00C0…U+00FF folded to ASCII lowercase.
  private static let latin1: [UInt8] = Array(
    "aaaaaaaceeeeiiiidnooooo_ouuuuytsaaaaaaaceeeeiiiidnooooo_ouuuuyty".utf8)
}
