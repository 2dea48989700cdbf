/// Reads a misspelt word as the known word it misspells by one letter (`Akadmik` → `akademik`,
/// `Sitem` → `sistem`), and an alternative spelling as the acronym it resembles (`Simsapras` →
/// `simsarpras`). Known words are vocabulary words (job, generic and expanded-acronym words) and
/// words at least `knownUses` names use; a word used by fewer is checked against all of them, a
/// more frequent one only against the vocabulary, and then only if the word it would become is
/// `misspellingRatio` times as common or an acronym (`Oline`, repeated, is still `online`). A correction keeps the first
/// letter, is one deletion, insertion, substitution or swap away (symmetric-deletion index) and
/// must be the only candidate; owner words are never corrected or corrected to. O(known words ×
/// their length) to build, O(length²) per word.
struct TypoCorrector: Sendable {
  private let table: TokenTable
  private let words: [[UInt8]: Int32]
  private let vocabulary: [[UInt8]: Int32]
  private let uses: [Int32]
  private let acronymIDs: Set<Int32>
  private let checks: [UInt8]

  /// The least length of a word to correct or to correct to.
  static let shortest = 5
  /// How many names must use a word for it to count as known.
  static let knownUses: Int32 = 3
  /// How many times more names must use a known word than a frequent word read as its
  /// misspelling (a repeated slip, `Oline` for `Online`, is still much rarer than the word).
  static let misspellingRatio: Int32 = 5

  private static let none: UInt8 = 0
  private static let againstWords: UInt8 = 1
  private static let againstVocabulary: UInt8 = 2

  /// Indexes the known words.
  init(
    table: TokenTable, lexicon: Lexicon, owners: UnitOwners, acronyms: AcronymTable,
    literalCounts: [Int32]
  ) {
    var words: [[UInt8]: Int32] = [:]
    var vocabularyIndex: [[UInt8]: Int32] = [:]
    var acronymIDs: Set<Int32> = []
    var checks = [UInt8](repeating: TypoCorrector.none, count: table.count)
    for id in 0..<Int32(table.count) where table.length(id) >= TypoCorrector.shortest {
      let wordClass = lexicon.wordClass(id)
      if owners.anyUnit.contains(id) || !wordClass.isDisjoint(with: [.owner, .function]) {
        continue
      }
      let uses = Int(id) < literalCounts.count ? literalCounts[Int(id)] : 0
      let isAcronym = acronyms.expansion(of: id) != nil
      if !wordClass.isDisjoint(with: [.jobWord, .phraseWord, .generic]) || isAcronym {
        TypoCorrector.index(id, table, &words)
        TypoCorrector.index(id, table, &vocabularyIndex)
        if isAcronym { acronymIDs.insert(id) }
      } else if uses >= TypoCorrector.knownUses {
        TypoCorrector.index(id, table, &words)
        checks[Int(id)] = TypoCorrector.againstVocabulary
      } else {
        checks[Int(id)] = TypoCorrector.againstWords
      }
    }
    self.table = table
    self.words = words
    self.vocabulary = vocabularyIndex
    self.uses = literalCounts
    self.acronymIDs = acronymIDs
    self.checks = checks
  }

  /// The known word `id` misspells, or `id` itself.
  func correct(_ id: Int32) -> Int32 {
    guard Int(id) < checks.count, checks[Int(id)] != TypoCorrector.none else { return id }
    let frequent = checks[Int(id)] == TypoCorrector.againstVocabulary
    let index = frequent ? vocabulary : words
    let text = table.withBytes(id) { Array($0) }
    var found: Int32 = -1
    // A dropped letter is the commonest slip: when the word is a deletion of exactly one known
    // word, that settles it.
    if let candidate = index[text], candidate >= 0, candidate != id {
      found = candidate
    } else {
      for variant in TypoCorrector.deletions(of: text) {
        guard let candidate = index[variant], candidate != id else { continue }
        if candidate < 0 || (found >= 0 && found != candidate) { return id }
        found = candidate
      }
    }
    guard found >= 0 else { return id }
    if frequent && !isAcronym(found)
      && uses(of: found) < uses(of: id) * TypoCorrector.misspellingRatio
    {
      return id
    }
    return found
  }

  private func uses(of id: Int32) -> Int32 { Int(id) < uses.count ? uses[Int(id)] : 0 }

  private func isAcronym(_ id: Int32) -> Bool { acronymIDs.contains(id) }

  /// Indexes a known word under itself and its one-letter deletions (never the first letter).
  private static func index(_ id: Int32, _ table: TokenTable, _ index: inout [[UInt8]: Int32]) {
    let text = table.withBytes(id) { Array($0) }
    for variant in [text] + deletions(of: text) {
      if let existing = index[variant] {
        if existing != id { index[variant] = -1 }
      } else {
        index[variant] = id
      }
    }
  }

  private static func deletions(of text: [UInt8]) -> [[UInt8]] {
    (1..<text.count).map { position in
      var shorter = text
      shorter.remove(at: position)
      return shorter
    }
  }
}
