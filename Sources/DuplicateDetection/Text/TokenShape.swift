/// How a word was written in the original text, which decides whether it may be an acronym, a
/// version number or an `e-` form of another word.
struct TokenShape: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  /// Every letter was uppercase and there were at least two (`SIAKAD`, `eRKAM` after its `e`).
  static let uppercase = TokenShape(rawValue: 1 << 0)
  /// An `e`/`m` prefix was taken off (`e-RKAM`, `eAkademik`, `mCampus`).
  static let prefixed = TokenShape(rawValue: 1 << 1)
  /// It holds a digit.
  static let hasDigit = TokenShape(rawValue: 1 << 2)
  /// It holds only digits and dots (`4.0`, `2024`).
  static let numeric = TokenShape(rawValue: 1 << 3)
  /// A hyphen joins it to the word before (`SPAN-PTKIN`, `Sign-On`).
  static let hyphenated = TokenShape(rawValue: 1 << 4)
  /// It began with an uppercase letter.
  static let capitalised = TokenShape(rawValue: 1 << 5)
  /// A closing parenthesis follows it.
  static let closesParenthesis = TokenShape(rawValue: 1 << 6)
}
