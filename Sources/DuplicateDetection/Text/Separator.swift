/// What stood between a word and the one before it, which is how declarations such as
/// `SIMKAH – Sistem Informasi Manajemen Nikah` and `Academic Information System (AIS)` are seen.
enum Separator: UInt8, Sendable {
  /// The start of the text, or spaces.
  case space
  /// A dash or colon that splits a name into parts (`–`, `—`, ` - `, `:`).
  case dash
  /// An opening parenthesis or bracket.
  case open
  /// A closing parenthesis or bracket.
  case close
  /// A slash.
  case slash
  /// Any other punctuation (commas, quotes, `&`).
  case other

  /// Which of several marks between two words counts: a dash splits a name most strongly.
  var priority: Int {
    switch self {
    case .space: 0
    case .other: 1
    case .slash: 2
    case .close: 3
    case .open: 4
    case .dash: 5
    }
  }
}
