/// Text inside a Mermaid quoted label, written with Mermaid's entity codes (`#quot;`, `#35;`)
/// so that no character of it can end the label, open a tag, start a directive (`%%{`) or
/// form an entity of its own; line breaks become `<br/>`, and a line that would read as a
/// Markdown list (`- x`, `1. x`) has its marker escaped, since newer Mermaid renders labels as
/// Markdown.
enum MermaidText {
  /// Writes `text` escaped, without the surrounding quotes; O(length).
  static func write(_ text: String, to out: inout ByteWriter) {
    var lineStart = true
    var leadingDigits = false
    out.write(text) { byte in
      let atStart = lineStart
      let afterDigits = leadingDigits
      lineStart = byte == UInt8(ascii: "\n")
      leadingDigits =
        (atStart || afterDigits) && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      switch byte {
      case UInt8(ascii: "-") where atStart: return "#45;"
      case UInt8(ascii: "*") where atStart: return "#42;"
      case UInt8(ascii: "+") where atStart: return "#43;"
      case UInt8(ascii: ".") where afterDigits: return "#46;"
      case UInt8(ascii: "\""): return "#quot;"
      case UInt8(ascii: "#"): return "#35;"
      case UInt8(ascii: "&"): return "#amp;"
      case UInt8(ascii: "<"): return "#lt;"
      case UInt8(ascii: ">"): return "#gt;"
      case UInt8(ascii: "|"): return "#124;"
      case UInt8(ascii: "%"): return "#37;"
      case UInt8(ascii: "`"): return "#96;"
      case UInt8(ascii: "{"): return "#123;"
      case UInt8(ascii: "}"): return "#125;"
      case UInt8(ascii: "\n"): return "<br/>"
      case UInt8(ascii: "\t"): return " "
      case 0..<0x20, 0x7F: return ""
      default: return nil
      }
    }
  }
}
