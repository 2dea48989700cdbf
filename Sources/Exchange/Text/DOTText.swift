/// Text inside a DOT quoted string: quotes and backslashes escaped, line breaks as `\n`, other
/// control characters dropped; angle brackets, braces and non-ASCII need nothing, since labels
/// are never HTML labels and shapes are never records.
enum DOTText {
  /// Writes `text` escaped, without the surrounding quotes; O(length).
  static func write(_ text: String, to out: inout ByteWriter) {
    out.write(text) { byte in
      switch byte {
      case UInt8(ascii: "\""): "\\\""
      // Escaping the backslash also keeps Graphviz's own escapes (\N, \G, \l) from expanding.
      case UInt8(ascii: "\\"): "\\\\"
      case UInt8(ascii: "\n"): "\\n"
      case UInt8(ascii: "\t"): " "
      case 0..<0x20, 0x7F: ""
      default: nil
      }
    }
  }

  /// Writes `text` as a quoted DOT id or string; O(length).
  static func writeQuoted(_ text: String, to out: inout ByteWriter) {
    out.write(byte: UInt8(ascii: "\""))
    write(text, to: &out)
    out.write(byte: UInt8(ascii: "\""))
  }
}
