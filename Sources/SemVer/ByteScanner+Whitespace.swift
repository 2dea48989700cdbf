extension ByteScanner {
  /// The byte length of the whitespace character at `offset`, or 0 if there is none.
  ///
  /// Whitespace is JavaScript's `\s`, which node-semver trims and splits on: ASCII tab to
  /// carriage return, space, and the Unicode spaces, line separators and byte order mark.
  func whitespaceWidth(at offset: Int) -> Int {
    guard offset < end else { return 0 }
    let lead = bytes[offset]
    if lead == ASCII.space || (lead >= ASCII.tab && lead <= ASCII.carriageReturn) { return 1 }
    guard lead >= 0xC2 else { return 0 }
    let second = offset + 1 < end ? bytes[offset + 1] : 0
    if lead == 0xC2 { return second == 0xA0 ? 2 : 0 }
    let third = offset + 2 < end ? bytes[offset + 2] : 0
    switch (lead, second) {
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
    case (0xE2, 0x80):
      let isSpace = third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF
      return third >= 0x80 && isSpace ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0
    case (0xEF, 0xBB): return third == 0xBF ? 3 : 0
    default: return 0
    }
  }

  /// Moves past any whitespace, reporting whether there was some.
  @discardableResult
  mutating func skipWhitespace() -> Bool {
    let start = position
    while true {
      let width = whitespaceWidth(at: position)
      if width == 0 { break }
      position += width
    }
    return position > start
  }

  /// Moves ``position`` past leading whitespace and ``end`` before trailing whitespace.
  mutating func trimWhitespace() {
    skipWhitespace()
    while end > position {
      // UTF-8 is self-synchronising, so a match that ends at `end` is a whole character.
      if whitespaceWidth(at: end - 1) == 1 {
        end -= 1
      } else if end - 2 >= position, whitespaceWidth(at: end - 2) == 2 {
        end -= 2
      } else if end - 3 >= position, whitespaceWidth(at: end - 3) == 3 {
        end -= 3
      } else {
        break
      }
    }
  }
}
