/// Something normalisation did to one service's name that a person may want to see as evidence:
/// an acronym expanded (`SIAKAD` = `sistem informasi akademik`) or a word translated
/// (`academic` = `akademik`).
struct EvidenceEvent: Sendable, Hashable {
  /// What happened.
  enum Kind: UInt8, Sendable {
    /// `word` (with `secondWord` when hyphenated) was expanded to expansion `value`.
    case acronym
    /// `word` was read as the canonical word `value`.
    case translation
  }

  /// What happened.
  var kind: Kind
  /// The word of the name.
  var word: Int32
  /// The second word of a hyphenated acronym, or -1.
  var secondWord: Int32
  /// The expansion index (acronyms) or the canonical word (translations).
  var value: Int32
}
