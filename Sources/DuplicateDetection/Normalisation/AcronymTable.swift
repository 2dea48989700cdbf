/// What acronyms stand for in one registry: configured ones, those its names declare, the
/// built-in ones, and those guessed from other names' initials or from `SI`/`SIM` + a word;
/// an acronym declared with different meanings (`SIAGA`: teachers, or IT complaints) stays
/// unexpanded where it stands alone.
struct AcronymTable: Sendable {
  /// Where an expansion came from, strongest first.
  enum Source: UInt8, Sendable {
    /// `registry.toml`.
    case configured
    /// Declared by some name in the registry and never contradicted.
    case learned
    /// `DomainWords.acronyms`.
    case builtIn
    /// The initials of words in another service's name (`PMB` and `Penerimaan Mahasiswa Baru`).
    case initials
    /// `SI`/`SIM`/`SIS` + the start of a word (`SIPEG` → `pegawai`).
    case pattern
    /// Declared by the service's own name.
    case declared
  }

  /// An acronym's meaning as words (function words kept, for labels).
  struct Expansion: Sendable {
    /// The words, as ids.
    var words: [Int32]
    /// Where it came from.
    var source: Source
  }

  /// Every expansion, referred to by index.
  private(set) var expansions: [Expansion] = []
  private var single: [Int32: Int32] = [:]
  private var pairs: [UInt64: Int32] = [:]
  private var pairStarts: Set<Int32> = []
  private var declared: [[Int32]: Int32] = [:]
  private(set) var ambiguous: Set<Int32> = []
  private var phrases: [Int32: [Lexicon.Phrase]] = [:]
  /// The words that stand for an expansion of several content words, such as `perencanaan kerja
  /// anggaran madrasah` for e-RKAM's.
  private(set) var concepts: Set<Int32> = []

  /// Whether some hyphenated acronym starts with `id` (`SIMAK` of `SIMAK-BMN`).
  func startsPair(_ id: Int32) -> Bool { pairStarts.contains(id) }

  /// The expansion of acronym `id`, if it has one everywhere.
  func expansion(of id: Int32) -> Int32? { single[id] }

  /// The expansion of the hyphenated acronym `first-second`, if any.
  func expansion(of first: Int32, _ second: Int32) -> Int32? {
    pairs[AcronymTable.pairKey(first, second)]
  }

  /// Whether the acronym `key` (one id, or a pair key) already has a meaning or a conflict.
  func isSettled(_ key: [Int32]) -> Bool {
    key.count == 1
      ? single[key[0]] != nil || ambiguous.contains(key[0])
      : pairs[AcronymTable.pairKey(key[0], key[1])] != nil
  }

  /// Records an expansion and returns its index; the same words from the same source share
  /// one, so that evidence can count them by index.
  mutating func record(_ words: [Int32], _ source: Source) -> Int32 {
    if source == .declared, let index = declared[words] { return index }
    expansions.append(Expansion(words: words, source: source))
    let index = Int32(expansions.count - 1)
    if source == .declared { declared[words] = index }
    return index
  }

  /// Gives the acronym `key` (one or two ids) the expansion `words`, unless it has one.
  mutating func define(_ key: [Int32], _ words: [Int32], _ source: Source) {
    guard !key.isEmpty, key.count <= 2, !words.isEmpty, !isSettled(key) else { return }
    let index = record(words, source)
    if key.count == 1 {
      single[key[0]] = index
    } else {
      pairs[AcronymTable.pairKey(key[0], key[1])] = index
      pairStarts.insert(key[0])
    }
  }

  /// Makes the content words `words` (two or more, canonical, generic and owner words gone) of
  /// an expansion one word, `concept`, wherever they appear in that order: an expansion of
  /// several words counts once, so `Monitoring e-RKAM` is not `e-RKAM` with one word more.
  mutating func addPhrase(_ words: [Int32], concept: Int32) {
    guard words.count >= 2, !concepts.contains(concept) else { return }
    concepts.insert(concept)
    phrases[words[0], default: []].append(Lexicon.Phrase(words: words, concept: concept))
    phrases[words[0]]!.sort {
      $0.words.count != $1.words.count
        ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words)
    }
  }

  /// The longest expansion phrase that starts at `words[index]`, as its length and concept.
  func phrase(in words: [Int32], at index: Int) -> (length: Int, concept: Int32)? {
    guard let candidates = phrases[words[index]] else { return nil }
    for candidate in candidates where index + candidate.words.count <= words.count {
      if words[index..<(index + candidate.words.count)].elementsEqual(candidate.words) {
        return (candidate.words.count, candidate.concept)
      }
    }
    return nil
  }

  /// Marks acronym `id` as meaning different things in different names.
  mutating func markAmbiguous(_ id: Int32) {
    if single[id] == nil { ambiguous.insert(id) }
  }

  private static func pairKey(_ first: Int32, _ second: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
  }
}
