/// Text made safe to print on a terminal: every character a terminal would act on, or that
/// reorders what is shown, is printed as an escape instead (`\x1B`, `\u{202E}`), so that no
/// value in a hand-edited file can clear the screen, retitle the window or forge a line.
///
/// Newlines and tabs are kept: svcreg's own output is made of them. svcreg's own colour codes
/// (`ESC [ digits m`) are kept when colour is on; any other escape sequence is shown.
public enum TerminalText {
  /// `text` with every control character but newline and tab, every bidirectional control,
  /// and every ESC that does not start a colour code (all of them, without `keepingColour`)
  /// shown as an escape. O(length); text without such characters is returned as it is.
  public static func safe(_ text: String, keepingColour: Bool) -> String {
    var text = text
    return text.withUTF8 { bytes in
      guard let first = firstUnsafeOffset(in: bytes, from: 0, keepingColour: keepingColour) else {
        return nil
      }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 64)
      out.append(contentsOf: bytes[..<first])
      var index = first
      while index < bytes.count {
        let length = unsafeLength(in: bytes, at: index, keepingColour: keepingColour)
        if length == 0 {
          out.append(bytes[index])
          index += 1
          continue
        }
        let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self)
          .unicodeScalars.first!
        out.append(contentsOf: escape(scalar).utf8)
        index += length
      }
      return String(decoding: out, as: UTF8.self)
    } ?? text
  }

  /// The offset of the first byte that starts something to escape, or `nil`. O(length).
  private static func firstUnsafeOffset(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, keepingColour: Bool
  ) -> Int? {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      // Printable ASCII, newline and tab: nearly every byte, decided by two comparisons.
      if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 {
        index += 1
        continue
      }
      if unsafeLength(in: bytes, at: index, keepingColour: keepingColour) > 0 { return index }
      index += 1
    }
    return nil
  }

  /// How many bytes at `index` form one character to escape, or 0 when it is safe to print
  /// (a colour code, when kept, is safe as a whole and is skipped byte by byte). Works on the
  /// UTF-8 bytes, since the characters to escape have fixed encodings: C0 and DEL, C1 (C2 80–
  /// C2 9F), U+061C (D8 9C), U+200E–U+200F and U+2028–U+202E (E2 80 …), U+2066–U+2069.
  private static func unsafeLength(
    in bytes: UnsafeBufferPointer<UInt8>, at index: Int, keepingColour: Bool
  ) -> Int {
    let byte = bytes[index]
    func next(_ offset: Int) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }
    switch byte {
    case 0x0A, 0x09: return 0
    case 0x1B:
      if keepingColour, isColourCode(in: bytes, at: index) { return 0 }
      return 1
    case 0x00..<0x20, 0x7F: return 1
    case 0xC2: return (0x80...0x9F).contains(next(1) ?? 0) ? 2 : 0
    case 0xD8: return next(1) == 0x9C ? 2 : 0
    case 0xE2:
      switch (next(1), next(2)) {
      case (0x80, let third?) where third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third):
        return 3
      case (0x81, let third?) where (0xA6...0xA9).contains(third): return 3
      default: return 0
      }
    default: return 0
    }
  }

  /// Whether `ESC [ digits-and-semicolons m` starts at `index`: svcreg's own colour codes.
  private static func isColourCode(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return false }
    var cursor = index + 2
    while cursor < bytes.count, cursor - index < 24 {
      let byte = bytes[cursor]
      if byte == UInt8(ascii: "m") { return true }
      guard byte == UInt8(ascii: ";") || (0x30...0x39).contains(byte) else { return false }
      cursor += 1
    }
    return false
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    if scalar.value < 0x100 {
      return "\\x" + (digits.count == 1 ? "0" : "") + digits
    }
    return "\\u{\(digits)}"
  }
}
