/// Text as Excel stores it in a workbook's XML.
enum ExcelText {
  /// `text` with Excel's `_xHHHH_` escapes (how it keeps control characters such as a carriage
  /// return, `_x000D_`, in XML) turned back into their characters. O(length).
  static func unescaped(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    var result = ""
    var rest = Substring(text)
    while let underscore = rest.firstIndex(of: "_") {
      result += rest[..<underscore]
      let escape = rest[underscore...].prefix(7)
      if escape.count == 7, escape.dropFirst().first == "x", escape.last == "_",
        escape.dropFirst(2).prefix(4).allSatisfy(\.isHexDigit),
        let code = UInt32(escape.dropFirst(2).prefix(4), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        result.unicodeScalars.append(scalar)
        rest = rest[rest.index(underscore, offsetBy: 7)...]
      } else {
        result += "_"
        rest = rest[rest.index(after: underscore)...]
      }
    }
    return result + rest
  }
}
