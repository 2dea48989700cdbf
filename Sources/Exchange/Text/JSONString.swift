/// Text as a JSON string: quotes, backslashes and control characters escaped, everything else
/// (non-ASCII included) written as UTF-8.
enum JSONString {
  /// Writes `text` as a quoted JSON string; O(length).
  static func writeQuoted(_ text: String, to out: inout ByteWriter) {
    out.write(byte: UInt8(ascii: "\""))
    out.write(text) { byte in
      switch byte {
      case UInt8(ascii: "\""): "\\\""
      case UInt8(ascii: "\\"): "\\\\"
      case UInt8(ascii: "\n"): "\\n"
      case UInt8(ascii: "\r"): "\\r"
      case UInt8(ascii: "\t"): "\\t"
      case 0..<0x20: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
      default: nil
      }
    }
    out.write(byte: UInt8(ascii: "\""))
  }

  /// Writes `text` quoted, or `null` when absent.
  static func writeOptional(_ text: String?, to out: inout ByteWriter) {
    if let text { writeQuoted(text, to: &out) } else { out.write("null") }
  }
}
