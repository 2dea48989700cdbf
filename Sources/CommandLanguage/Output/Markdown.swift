/// Escaping for text put into Markdown, so that what a registry holds never becomes markup.
enum Markdown {
  /// `text` on one line with every character escaped that Markdown reads as markup inside a
  /// line (emphasis, code, links, HTML, table cells); the text never starts a line, so the
  /// characters that are markup only there (`#`, `+`, `1.`) are left alone.
  static func text(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
        result += "\\\(character)"
      case "\n", "\r": result += " "
      default: result.append(character)
      }
    }
    return result
  }

  /// `text` for a table cell.
  static func cell(_ text: String) -> String { Markdown.text(text) }

  /// `text` for inside a backtick code span: backticks and line breaks become safe.
  static func code(_ text: String) -> String {
    String(text.map { $0 == "`" ? "'" : ($0 == "\n" || $0 == "\r" ? " " : $0) })
  }
}
