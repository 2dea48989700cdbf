import JSONText

/// Text as a JSON string in an export, by the one quoting rule (`JSONText`).
enum JSONString {
  /// Writes `text` as a quoted JSON string; O(length).
  static func writeQuoted(_ text: String, to out: inout ByteWriter) {
    out.writeJSONString(text)
  }

  /// Writes `text` quoted, or `null` when absent.
  static func writeOptional(_ text: String?, to out: inout ByteWriter) {
    if let text { writeQuoted(text, to: &out) } else { out.write("null") }
  }
}
