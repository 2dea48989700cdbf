/// Header names compared the way people write them: case, underscores, hyphens, dots, slashes
/// and runs of spaces do not matter (`Unit_Kerja`, `unit kerja` and `UNIT-KERJA` are one name).
enum ColumnName {
  /// `header` lowercased, with `_ - . /` as spaces, runs of whitespace as one space, trimmed.
  static func normalised(_ header: String) -> String {
    var words: [String] = []
    var current = ""
    for character in header.lowercased() {
      if character.isWhitespace || "_-./:".contains(character) {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: " ")
  }
}
