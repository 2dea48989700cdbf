/// Breaking prose to a terminal's width, at spaces, measured in visible columns (colour codes
/// take none).
enum TextWrap {
  /// `text` (one line) in lines of at most `width` columns, broken at spaces, each line after
  /// the first indented by `indent` spaces; a word longer than a line stays whole on its own
  /// line. Without a width, `text` as it is. O(length).
  static func wrap(_ text: String, width: Int?, indent: Int) -> String {
    guard let width, TextTable.visibleWidth(text) > width else { return text }
    var lines: [String] = []
    // The line's own indentation is kept; the lines it breaks into get `indent`.
    let leading = text.prefix { $0 == " " }
    var line = String(leading)
    var lineWidth = leading.count
    var hasWord = false
    let room = max(width, indent + 8)
    for word in text.dropFirst(leading.count).split(
      separator: " ", omittingEmptySubsequences: false)
    {
      let wordWidth = TextTable.visibleWidth(String(word))
      if hasWord, lineWidth + 1 + wordWidth > room {
        lines.append(line)
        line = String(repeating: " ", count: indent) + word
        lineWidth = indent + wordWidth
      } else {
        if hasWord {
          line += " "
          lineWidth += 1
        }
        line += word
        lineWidth += wordWidth
        hasWord = true
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// `text` cut to `width` visible columns, ending in `…` when it was longer; colour codes
  /// are kept up to the cut and closed after it. O(length).
  static func truncate(_ text: String, to width: Int) -> String {
    guard TextTable.visibleWidth(text) > width else { return text }
    guard width > 0 else { return "" }
    var result = ""
    var visible = 0
    var inEscape = false
    var coloured = false
    for character in text {
      if inEscape {
        result.append(character)
        if character == "m" { inEscape = false }
        continue
      }
      if character == "\u{1B}" {
        inEscape = true
        coloured = true
        result.append(character)
        continue
      }
      if visible == width - 1 { break }
      result.append(character)
      visible += 1
    }
    return result + "…" + (coloured ? "\u{1B}[0m" : "")
  }

  /// `label` and the items, comma-separated, wrapped at `width` columns (the terminal's, or
  /// 100) under a 4-space indent, measured without colour codes.
  static func list(_ label: String, _ items: [String], width: Int) -> String {
    var text = ""
    var line = "    " + label
    var lineWidth = line.count
    for (index, item) in items.enumerated() {
      let piece = " " + item + (index + 1 < items.count ? "," : "")
      let pieceWidth = TextTable.visibleWidth(piece)
      if lineWidth + pieceWidth > width && lineWidth > 4 + label.count {
        text += line + "\n"
        line = "    " + String(repeating: " ", count: label.count)
        lineWidth = line.count
      }
      line += piece
      lineWidth += pieceWidth
    }
    return text + line + "\n"
  }
}
