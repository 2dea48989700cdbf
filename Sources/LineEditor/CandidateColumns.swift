/// Lays completion candidates out in columns, top to bottom then left to right, as `ls` does.
struct CandidateColumns: Sendable {
  /// The most candidates shown at once; the rest are counted, not printed.
  static let maximumShown = 200

  /// The candidates to show.
  var candidates: [String]

  /// The terminal's width in columns.
  var width: Int

  /// The listing, one line per row, each ending in a newline.
  var text: String {
    let shown = Array(candidates.prefix(Self.maximumShown))
    guard !shown.isEmpty else { return "" }
    let cell = (shown.map(\.count).max() ?? 0) + 2
    let columns = max(1, min(shown.count, max(width, cell) / cell))
    let rows = (shown.count + columns - 1) / columns
    var text = ""
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < shown.count else { break }
        let word = shown[index]
        let isLast = index + rows >= shown.count || column == columns - 1
        line += isLast ? word : word + String(repeating: " ", count: cell - word.count)
      }
      text += line + "\n"
    }
    if candidates.count > shown.count {
      text += "… and \(candidates.count - shown.count) more\n"
    }
    return text
  }
}
