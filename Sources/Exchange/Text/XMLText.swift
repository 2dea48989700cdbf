/// Text for XML 1.0 content and attribute values: the five special characters as entities, a
/// carriage return as `&#13;` so that it survives line-end normalisation, and the characters
/// XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) dropped.
enum XMLText {
  /// Writes `text` escaped; O(length).
  static func write(_ text: String, to out: inout ByteWriter) {
    // U+FFFE and U+FFFF are the only forbidden characters outside ASCII; both start with 0xEF.
    let text =
      text.utf8.contains(0xEF)
      ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value < 0xFFFE }))
      : text
    out.write(text) { byte in
      switch byte {
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "<"): "&lt;"
      case UInt8(ascii: ">"): "&gt;"
      case UInt8(ascii: "\""): "&quot;"
      case UInt8(ascii: "'"): "&apos;"
      case UInt8(ascii: "\r"): "&#13;"
      case UInt8(ascii: "\n"), UInt8(ascii: "\t"): nil
      case 0..<0x20: ""
      default: nil
      }
    }
  }
}
