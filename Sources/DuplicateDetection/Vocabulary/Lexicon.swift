import RegistryModel

/// The vocabulary as numbers: for each word id, its class and the canonical job word it means
/// (`academic` → `akademik`), and the phrases that mean one word (`sumber daya manusia` →
/// `kepegawaian`); built once per run from `DomainWords` and the registry's settings.
struct Lexicon: Sendable {
  /// A run of words that means one canonical word.
  struct Phrase: Sendable {
    /// The words, function words left out.
    var words: [Int32]
    /// The canonical word.
    var concept: Int32
  }

  private var classes: [WordClass] = []
  private var canonical: [Int32] = []
  private var phrases: [Int32: [Phrase]] = [:]

  /// The id of the stand-in word that owner phrases (province names) map to.
  let ownerMark: Int32
  /// The id of `website`, the job of an office's own site.
  let website: Int32
  /// The id of `resmi` ("official"), which an office's own site often adds.
  let official: Int32
  /// The first words of office names that are not owner words (`DomainWords.officeHeads`),
  /// each as its words.
  private(set) var officeHeads: [[Int32]] = []

  /// Whether `words[index...]` begins the name of an office: an owner word (`Dinas`, `Badan`),
  /// an owner phrase (`Perangkat Daerah`) or an office head (`Komisi`, `Rumah Sakit`).
  /// O(heads).
  func beginsOfficeName(_ words: [Int32], at index: Int) -> Bool {
    guard index < words.count else { return false }
    if wordClass(words[index]).contains(.owner) { return true }
    if phrase(in: words, at: index)?.concept == ownerMark { return true }
    return officeHeads.contains { head in
      index + head.count <= words.count && words[index..<(index + head.count)].elementsEqual(head)
    }
  }

  /// Marks as owner words the place names `names` holds: a word right after `kota`,
  /// `kabupaten` or `kab` (`Web Portal Kota Denpasar`) names a city or regency, which says
  /// whose a service is, not what it does. Job, generic and function words are never marked.
  /// O(words).
  mutating func learnPlaces(from names: TokenStream, table: TokenTable) {
    let markers = Set(["kota", "kabupaten", "kab"].map { table.lookup($0) }.filter { $0 >= 0 })
    guard !markers.isEmpty else { return }
    var places: Set<Int32> = []
    for service in 0..<names.count {
      let start = Int(names.starts[service])
      let end = Int(names.starts[service + 1])
      var position = start
      while position + 1 < end {
        let next = names.ids[position + 1]
        if markers.contains(names.ids[position]), !names.shapes[position + 1].contains(.hasDigit),
          table.length(next) >= 3,
          wordClass(next).isDisjoint(with: [.jobWord, .phraseWord, .generic, .function, .version]),
          canonical(next) == next
        {
          places.insert(next)
        }
        position += 1
      }
    }
    for place in places { mark(place, .owner) }
  }

  /// Interns every vocabulary word in `table` and records what it is.
  init(settings: DuplicateSettings, table: inout TokenTable) {
    ownerMark = table.intern("#owner")
    website = table.intern("website")
    official = table.intern("resmi")
    for word in DomainWords.function { mark(word, .function, &table) }
    for word in DomainWords.generic { mark(word, .generic, &table) }
    for word in settings.stopwords { mark(word.lowercased(), .generic, &table) }
    for word in DomainWords.version { mark(word, .version, &table) }
    mark("#owner", .owner, &table)
    for entry in DomainWords.owner {
      let words = words(of: entry, &table)
      if words.count == 1 {
        mark(words[0], .owner)
      } else {
        addPhrase(words, concept: ownerMark)
      }
    }
    for row in DomainWords.concepts {
      let concept = table.intern(row[0])
      mark(concept, .jobWord)
      for variant in row {
        let words = words(of: variant, &table)
        for word in words { mark(word, words.count == 1 ? .jobWord : .phraseWord) }
        if words.count == 1 {
          setCanonical(words[0], concept)
        } else if !words.isEmpty {
          addPhrase(words, concept: concept)
        }
      }
    }
    for word in DomainWords.qualifiers { mark(word, .qualifier, &table) }
    for head in DomainWords.officeHeads { officeHeads.append(words(of: head, &table)) }
    for key in phrases.keys {
      phrases[key]!.sort { $0.words.count > $1.words.count }
    }
  }

  /// What the vocabulary knows about `id`.
  func wordClass(_ id: Int32) -> WordClass {
    Int(id) < classes.count ? classes[Int(id)] : []
  }

  /// The canonical job word `id` means, or `id` itself.
  func canonical(_ id: Int32) -> Int32 {
    guard Int(id) < canonical.count else { return id }
    let mapped = canonical[Int(id)]
    return mapped < 0 ? id : mapped
  }

  /// The longest phrase that starts at `words[index]`, as its length and canonical word.
  func phrase(in words: [Int32], at index: Int) -> (length: Int, concept: Int32)? {
    guard wordClass(words[index]).contains(.phraseStart), let candidates = phrases[words[index]]
    else { return nil }
    for candidate in candidates where index + candidate.words.count <= words.count {
      var matches = true
      for offset in 1..<candidate.words.count where words[index + offset] != candidate.words[offset]
      {
        matches = false
        break
      }
      if matches { return (candidate.words.count, candidate.concept) }
    }
    return nil
  }

  private func words(of entry: String, _ table: inout TokenTable) -> [Int32] {
    let words = entry.split(separator: " ").map { String($0) }
    // Phrases are matched after function words are dropped, so they are stored without them.
    let kept = words.count > 1 ? words.filter { !DomainWords.function.contains($0) } : words
    return kept.map { table.intern($0) }
  }

  private mutating func mark(_ word: String, _ wordClass: WordClass, _ table: inout TokenTable) {
    for id in words(of: word, &table) { mark(id, wordClass) }
  }

  private mutating func mark(_ id: Int32, _ wordClass: WordClass) {
    grow(to: Int(id) + 1)
    classes[Int(id)].formUnion(wordClass)
  }

  private mutating func setCanonical(_ id: Int32, _ concept: Int32) {
    grow(to: Int(id) + 1)
    if id != concept && canonical[Int(id)] < 0 { canonical[Int(id)] = concept }
  }

  private mutating func addPhrase(_ words: [Int32], concept: Int32) {
    mark(words[0], .phraseStart)
    phrases[words[0], default: []].append(Phrase(words: words, concept: concept))
  }

  private mutating func grow(to size: Int) {
    if classes.count < size {
      classes.append(contentsOf: repeatElement([], count: size - classes.count))
      canonical.append(contentsOf: repeatElement(-1, count: size - canonical.count))
    }
  }
}

extension Lexicon {
  /// The canonical words of `words`: function words dropped, phrases and synonyms mapped.
  func concepts(of words: [Int32]) -> [Int32] {
    let kept = words.filter { !wordClass($0).contains(.function) }
    var result: [Int32] = []
    var index = 0
    while index < kept.count {
      if let match = phrase(in: kept, at: index) {
        result.append(match.concept)
        index += match.length
      } else {
        result.append(canonical(kept[index]))
        index += 1
      }
    }
    return result
  }
}
