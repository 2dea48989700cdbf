import RegistryModel

extension SplitMix64 {
  /// Characters that need care somewhere between a TOML file and a terminal: quotes,
  /// backslashes, every escape svcreg writes, control characters, TOML punctuation, combining
  /// marks, line and paragraph separators, a byte-order mark, the last code points.
  public static let awkwardScalars: [Unicode.Scalar] = [
    "\"", "\\", "\n", "\t", "\r", "\u{1}", "\u{8}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}",
    "\u{80}", "\u{85}", "\u{A0}", "é", "e", "\u{301}", "—", "‘", "漢", "ṣ", "😀", "\u{200D}",
    "\u{2028}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "#", "=", "[", "]", "{", "}",
    "'", ".", "@",
  ]

  /// Up to `maximumLength` characters: printable ASCII mostly, and now and then one of
  /// `awkwardScalars`.
  public mutating func awkwardText(maximumLength: Int = 12) -> String {
    var text = ""
    for _ in 0..<below(maximumLength + 1) {
      if chance(0.4) {
        text.unicodeScalars.append(Self.awkwardScalars[below(Self.awkwardScalars.count)])
      } else {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(0x20 + below(0x5F))))
      }
    }
    return text
  }

  /// Like `awkwardText`, but only what a one-line field (a name, a tag, a URL) may hold: no
  /// control characters, line separators or bidirectional controls.
  public mutating func awkwardLine(maximumLength: Int = 12) -> String {
    let allowed = Self.awkwardScalars.filter { scalar in
      TextRules.problem(in: String(Character(scalar)), multiline: false) == nil
    }
    var text = ""
    for _ in 0..<below(maximumLength + 1) {
      if chance(0.4) {
        text.unicodeScalars.append(allowed[below(allowed.count)])
      } else {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(0x20 + below(0x5F))))
      }
    }
    return text
  }
}
