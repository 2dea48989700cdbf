/// JSON string quoting: the one rule every JSON svcreg writes follows (the journal, command
/// output, exports). Quotes, backslashes and control characters are escaped, and so are U+2028
/// and U+2029, which JSON allows raw but JavaScript before ES2019 does not; everything else,
/// non-ASCII included, is written as UTF-8.
public enum JSONText {
  /// `value` as a JSON string literal, with its quotes. O(length).
  public static func quote(_ value: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(value.utf8.count + 2)
    appendQuoted(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `value` as a JSON string literal, with its quotes, to `bytes`; runs of bytes
  /// that need no escape are copied at once. O(length).
  public static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { source in
      var start = 0
      var index = 0
      while index < source.count {
        let byte = source[index]
        let escape: String?
        var width = 1
        switch byte {
        case UInt8(ascii: "\""): escape = "\\\""
        case UInt8(ascii: "\\"): escape = "\\\\"
        case UInt8(ascii: "\n"): escape = "\\n"
        case UInt8(ascii: "\r"): escape = "\\r"
        case UInt8(ascii: "\t"): escape = "\\t"
        case 0..<0x20: escape = "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        case 0xE2
        where index + 2 < source.count && source[index + 1] == 0x80
          && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
          escape = source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
          width = 3
        default: escape = nil
        }
        if let escape {
          if start < index {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
          }
          bytes.append(contentsOf: escape.utf8)
          start = index + width
        }
        index += width
      }
      if start < source.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
