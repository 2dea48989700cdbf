/// What the built-in vocabulary and the registry's settings know about a word.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  /// A word that only joins others (`dan`, `of`).
  static let function = WordClass(rawValue: 1 << 0)
  /// A word every application has in its name (`sistem`, `aplikasi`), or a configured stopword.
  static let generic = WordClass(rawValue: 1 << 1)
  /// A word naming an owner rather than a job (`kemenag`, `kanwil`, `uin`, provinces).
  static let owner = WordClass(rawValue: 1 << 2)
  /// A word marking a version or edition (`versi`, `gen`).
  static let version = WordClass(rawValue: 1 << 3)
  /// A word some phrase of the vocabulary starts with.
  static let phraseStart = WordClass(rawValue: 1 << 4)
  /// A word of the built-in job vocabulary (`akademik`, `library`).
  static let jobWord = WordClass(rawValue: 1 << 5)
  /// A job word that refines a job rather than names one (`registrasi`, `tik`).
  static let qualifier = WordClass(rawValue: 1 << 6)
  /// A word of a multi-word phrase of the job vocabulary (`daya` of `sumber daya manusia`).
  static let phraseWord = WordClass(rawValue: 1 << 7)
}
