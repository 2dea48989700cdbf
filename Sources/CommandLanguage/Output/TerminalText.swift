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
    guard needsEscaping(text) else { return text }
    var out = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", keepingColour, let end = colourCodeEnd(in: scalars, from: index) {
        out.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      if isSafe(scalar) {
        out.append(scalar)
      } else {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      }
      index += 1
    }
    return String(out)
  }

  /// Whether a scan is needed at all: any byte below space but newline and tab, DEL, or any
  /// non-ASCII byte (C1 controls and bidirectional marks are non-ASCII).
  private static func needsEscaping(_ text: String) -> Bool {
    text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte >= 0x7F
    }
  }

  private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "\n" || scalar == "\t" { return true }
    if scalar.properties.generalCategory == .control { return false }
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return false
    default: return true
    }
  }

  /// The index of the `m` ending a colour code `ESC [ digits-and-semicolons m` at `start`.
  private static func colourCodeEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count, index - start < 24 {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
      index += 1
    }
    return nil
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    if scalar.value < 0x100 {
      return "\\x" + (digits.count == 1 ? "0" : "") + digits
    }
    return "\\u{\(digits)}"
  }
}
