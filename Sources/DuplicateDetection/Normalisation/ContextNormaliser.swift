/// Turns descriptions and tags into content words: function, generic and owner words dropped,
/// numbers dropped, phrases and synonyms mapped to their canonical word (`staff records` and
/// `data pegawai` both give `kepegawaian`); O(length of the text).
struct ContextNormaliser {
  let lexicon: Lexicon
  let owners: UnitOwners
  private var scanner = TextScanner()
  private var scratch = TokenStream()
  private var kept: [Int32] = []

  /// A normaliser with the vocabulary and the units' owner words.
  init(lexicon: Lexicon, owners: UnitOwners) {
    self.lexicon = lexicon
    self.owners = owners
  }

  /// Appends the content words of `text`, for a service of unit `unit`, to `words`.
  mutating func contentWords(
    of text: String, unit: Int32, table: inout TokenTable, into words: inout [Int32]
  ) {
    scratch.reset()
    scanner.scan(text, table: &table, into: &scratch)
    kept.removeAll(keepingCapacity: true)
    for (position, id) in scratch.ids.enumerated()
    where !scratch.shapes[position].contains(.numeric)
      && !lexicon.wordClass(id).contains(.function)
    {
      kept.append(id)
    }
    var index = 0
    while index < kept.count {
      var word = kept[index]
      var length = 1
      if let match = lexicon.phrase(in: kept, at: index) {
        word = match.concept
        length = match.length
      }
      let raw = kept[index]
      index += length
      let mapped = lexicon.canonical(word)
      if !lexicon.wordClass(mapped).isDisjoint(with: [.generic, .owner, .version])
        || !lexicon.wordClass(raw).isDisjoint(with: [.generic, .owner])
        || owners.owns(unit, raw) || table.length(mapped) < 2
      {
        continue
      }
      words.append(mapped)
    }
  }

  /// Writes the normalised form of a URL into `key`: no scheme, `www.`, fragment, query or
  /// trailing slash, lower case; `false` when nothing is left.
  static func urlKey(_ url: String?, into key: inout [UInt8]) -> Bool {
    key.removeAll(keepingCapacity: true)
    guard let url else { return false }
    for byte in url.utf8 {
      if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
      if byte == UInt8(ascii: " ") && key.isEmpty { continue }
      key.append(byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte)
    }
    for scheme in ContextNormaliser.urlPrefixes where key.starts(with: scheme) {
      key.removeFirst(scheme.count)
    }
    while key.last == UInt8(ascii: "/") || key.last == UInt8(ascii: " ") { key.removeLast() }
    return !key.isEmpty
  }

  /// What a URL may start with that says nothing about where it leads, in the order they come.
  private static let urlPrefixes = [
    Array("https://".utf8), Array("http://".utf8), Array("www.".utf8),
  ]
}
