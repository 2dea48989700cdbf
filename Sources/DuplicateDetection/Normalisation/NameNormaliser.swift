/// Turns one service name into its core: the words that say what the service does. Versions go
/// (`GEN.4`, `v2`, `4.0`), misspellings are read as the word meant, acronyms expand (declared in
/// the name, configured, learned, built in or guessed), `e`-prefixes come off when the rest is a
/// known word (`ekinerja` → `kinerja`), phrases and translations map to one canonical word,
/// and function, generic and owner words go; a name left with nothing keeps its generic words,
/// then its owner words. Core words that only an acronym read with a meaning learned or guessed
/// from other names supplied are remembered: a match resting on them alone needs its context to
/// agree. O(words of the name).
struct NameNormaliser {
  private var emitted: [Int32] = []
  private var emittedExpanded: [Bool] = []
  private var kept: [Int32] = []
  private var keptExpanded: [Bool] = []
  private var core: [Int32] = []
  private var coreExpanded: [Bool] = []
  private var generic: [Int32] = []
  private var owned: [Int32] = []
  private var label: [Int32] = []
  private var declared: [Int] = []
  /// The words of the phrases this name declares acronyms for: the system's own name, so never
  /// its owner's (`Sistem Informasi Administrasi Kependudukan (SIAK)` of the office for
  /// population records is SIAK wherever it runs).
  private var declaredWords: Set<Int32> = []
  /// Where, in `emitted`, an office's name written after a dash begins (`Aplikasi SPPD - Dinas
  /// Komunikasi, Informatika …`): from there the words say whose it is, not what it does.
  private var officeStart = Int.max
  private var keptOffice: [Bool] = []
  private var nameKey: [UInt8] = []
  private var stemKey: [UInt8] = []
  private var expandedOnly: [Int32] = []

  /// A normaliser with empty scratch space.
  init() {}

  /// Normalises the name at `range` of `stream` as the next service of `profiles`.
  mutating func normalise(
    _ range: Range<Int>, unit: Int32, stream: TokenStream, finder: DeclarationFinder,
    corrector: TypoCorrector, literalCounts: [Int32], profiles: ServiceProfiles,
    into output: inout NameOutput
  ) {
    emitted.removeAll(keepingCapacity: true)
    emittedExpanded.removeAll(keepingCapacity: true)
    label.removeAll(keepingCapacity: true)
    declared.removeAll(keepingCapacity: true)
    declaredWords.removeAll(keepingCapacity: true)
    officeStart = Int.max
    nameKey.removeAll(keepingCapacity: true)
    stemKey.removeAll(keepingCapacity: true)
    appendUnit(unit)
    let lexicon = profiles.lexicon
    for declaration in finder.declarations(in: range, unit: unit) {
      declared.append(contentsOf: declaration.acronym)
      let words = declaration.expansion.map { stream.ids[$0] }
      for word in words {
        declaredWords.insert(word)
        declaredWords.insert(lexicon.canonical(word))
      }
      let index = output.declare(words)
      addAcronymEvent(declaration.acronym.map { stream.ids[$0] }, index, &output)
      if label.isEmpty { setLabel(words, unit, profiles) }
    }
    var position = range.lowerBound
    while position < range.upperBound {
      let id = stream.ids[position]
      let shape = stream.shapes[position]
      defer { position += 1 }
      if officeStart == .max, position > range.lowerBound, stream.separators[position] == .dash,
        lexicon.beginsOfficeName(
          Array(stream.ids[position..<min(position + 3, range.upperBound)]), at: 0)
      {
        officeStart = emitted.count
      }
      if shape.contains(.numeric) || lexicon.wordClass(id).contains(.version)
        || (shape.contains(.hasDigit) && NameNormaliser.isVersion(id, profiles.table))
      {
        continue
      }
      var word = corrector.correct(id)
      if !shape.contains(.prefixed),
        let stripped = strippedPrefix(word, literalCounts, profiles)
      {
        word = stripped
      }
      appendKey(word, profiles.table)
      if !isOwner(word, unit, profiles) && !lexicon.wordClass(word).contains(.function) {
        profiles.table.withBytes(word) { stemKey.append(contentsOf: $0) }
        stemKey.append(UInt8(ascii: " "))
      }
      if declared.contains(position) { continue }
      if position + 1 < range.upperBound && profiles.acronyms.startsPair(word),
        let index = profiles.acronyms.expansion(of: word, stream.ids[position + 1])
      {
        expand([word, stream.ids[position + 1]], index, unit, profiles, &output)
        appendKey(stream.ids[position + 1], profiles.table)
        position += 1
        continue
      }
      if let index = expansion(of: word, shape, unit, profiles) {
        expand([word], index, unit, profiles, &output)
        continue
      }
      emitted.append(word)
      emittedExpanded.append(false)
    }
    if label.isEmpty {
      setLabel(emitted, unit, profiles)
      if label.isEmpty { label.append(contentsOf: emitted) }
    }
    classify(unit: unit, profiles: profiles, output: &output)
    output.phrases.appendList(label)
    output.eventStarts.append(Int32(output.events.count))
    nameKey.withUnsafeBufferPointer { output.nameKeys.append($0) }
    stemKey.withUnsafeBufferPointer { output.stemKeys.append($0) }
  }

  /// Maps the emitted words to canonical words and sorts them into core, generic and owner.
  private mutating func classify(
    unit: Int32, profiles: ServiceProfiles, output: inout NameOutput
  ) {
    let lexicon = profiles.lexicon
    kept.removeAll(keepingCapacity: true)
    keptExpanded.removeAll(keepingCapacity: true)
    keptOffice.removeAll(keepingCapacity: true)
    for (index, word) in emitted.enumerated() where !lexicon.wordClass(word).contains(.function) {
      kept.append(word)
      keptExpanded.append(emittedExpanded[index])
      keptOffice.append(index >= officeStart)
    }
    core.removeAll(keepingCapacity: true)
    coreExpanded.removeAll(keepingCapacity: true)
    generic.removeAll(keepingCapacity: true)
    owned.removeAll(keepingCapacity: true)
    var index = 0
    let eventStart = Int(output.eventStarts[output.eventStarts.count - 1])
    while index < kept.count {
      let raw = kept[index]
      let inOfficeName = keptOffice[index]
      var word = raw
      var expanded = keptExpanded[index]
      if let match = lexicon.phrase(in: kept, at: index) {
        word = match.concept
        expanded = keptExpanded[index..<(index + match.length)].allSatisfy { $0 }
        index += match.length
      } else {
        word = lexicon.canonical(raw)
        index += 1
      }
      if word != raw && word != lexicon.ownerMark {
        let event = EvidenceEvent(kind: .translation, word: raw, secondWord: -1, value: word)
        if !output.events[eventStart...].contains(event) { output.events.append(event) }
      }
      if (isOwner(word, unit, profiles) || isOwner(raw, unit, profiles) || inOfficeName)
        && !declaredWords.contains(raw) && !declaredWords.contains(word)
      {
        owned.append(word)
      } else if lexicon.wordClass(word).contains(.generic)
        || lexicon.wordClass(raw).contains(.generic)
      {
        generic.append(word)
      } else {
        core.append(word)
        coreExpanded.append(expanded)
      }
    }
    applyExpansionPhrases(profiles.acronyms)
    // An office's own site ("Situs Resmi Perangkat Daerah - Badan Kepegawaian Daerah", "Website
    // Dinas Pendidikan" of that office): every other word names its unit, so what it is, is a
    // website, the same job as every other office's site.
    if core.contains(lexicon.website),
      core.allSatisfy({
        $0 == lexicon.website || $0 == lexicon.official || profiles.owners.names(unit, $0)
      }) || namesAnOfficesSite(lexicon)
    {
      core = [lexicon.website]
      coreExpanded = [false]
    }
    var fallback: UInt8 = 0
    if core.isEmpty {
      fallback = 1
      core = generic
      if core.isEmpty {
        fallback = 2
        core = owned.filter { $0 != lexicon.ownerMark }
      }
      coreExpanded = [Bool](repeating: false, count: core.count)
    }
    expandedOnly.removeAll(keepingCapacity: true)
    for (position, word) in core.enumerated() where coreExpanded[position] {
      let literal = core.indices.contains { core[$0] == word && !coreExpanded[$0] }
      if !literal { expandedOnly.append(word) }
    }
    output.cores.append(&core)
    output.assumedCores.append(&expandedOnly)
    output.coreFallback.append(fallback)
  }

  /// Whether the name is a website word, after nothing but generic words, followed (past
  /// `resmi`) by an office's name (`Website Badan Pengelolaan Pendapatan`, `Permohonan Website
  /// Komisi Informasi`): the site of an office, whichever office it names. A job before the
  /// website word (`Journal Portal IAIN Sorong`) makes it that job's site instead.
  private func namesAnOfficesSite(_ lexicon: Lexicon) -> Bool {
    guard let at = kept.firstIndex(where: { lexicon.canonical($0) == lexicon.website }),
      kept[..<at].allSatisfy({ lexicon.wordClass($0).contains(.generic) })
    else {
      return false
    }
    var next = at + 1
    while next < kept.count, lexicon.canonical(kept[next]) == lexicon.official { next += 1 }
    return lexicon.beginsOfficeName(kept, at: next)
  }

  /// Replaces each run of core words that spells a multi-word expansion by its concept word.
  private mutating func applyExpansionPhrases(_ acronyms: AcronymTable) {
    guard core.count >= 2,
      core.indices.contains(where: { acronyms.phrase(in: core, at: $0) != nil })
    else { return }
    var index = 0
    var merged: [Int32] = []
    var mergedExpanded: [Bool] = []
    while index < core.count {
      if let match = acronyms.phrase(in: core, at: index) {
        merged.append(match.concept)
        mergedExpanded.append(coreExpanded[index..<(index + match.length)].allSatisfy { $0 })
        index += match.length
      } else {
        merged.append(core[index])
        mergedExpanded.append(coreExpanded[index])
        index += 1
      }
    }
    if merged.count != core.count {
      core = merged
      coreExpanded = mergedExpanded
    }
  }

  /// The expansion to use for `word` written as `shape`: none for an ambiguous acronym or an
  /// owner word, and none for a word of the job vocabulary written in lower case.
  private func expansion(
    of word: Int32, _ shape: TokenShape, _ unit: Int32, _ profiles: ServiceProfiles
  ) -> Int32? {
    guard let index = profiles.acronyms.expansion(of: word), !isOwner(word, unit, profiles)
    else { return nil }
    if !shape.contains(.uppercase) && profiles.lexicon.wordClass(word).contains(.jobWord) {
      return nil
    }
    return index
  }

  private mutating func expand(
    _ acronym: [Int32], _ index: Int32, _ unit: Int32, _ profiles: ServiceProfiles,
    _ output: inout NameOutput
  ) {
    let expansion = profiles.acronyms.expansions[Int(index)]
    let words = expansion.words
    // Configured and built-in meanings are vouched for; learned and guessed ones are assumed.
    let assumed = ![.configured, .builtIn].contains(expansion.source)
    emitted.append(contentsOf: words)
    emittedExpanded.append(contentsOf: repeatElement(assumed, count: words.count))
    addAcronymEvent(acronym, index, &output)
    if label.isEmpty { setLabel(words, unit, profiles) }
  }

  /// The label words: `words` without owner words.
  private mutating func setLabel(_ words: [Int32], _ unit: Int32, _ profiles: ServiceProfiles) {
    label.removeAll(keepingCapacity: true)
    for word in words where !isOwner(word, unit, profiles) { label.append(word) }
  }

  private func addAcronymEvent(_ acronym: [Int32], _ index: Int32, _ output: inout NameOutput) {
    output.events.append(
      EvidenceEvent(
        kind: .acronym, word: acronym[0], secondWord: acronym.count > 1 ? acronym[1] : -1,
        value: index))
  }

  /// The word without its `e` prefix, when the word is unknown and the rest is known
  /// (`ekinerja`, `ERKAM`), else `nil`.
  private func strippedPrefix(
    _ id: Int32, _ literalCounts: [Int32], _ profiles: ServiceProfiles
  ) -> Int32? {
    let table = profiles.table
    guard table.length(id) >= 4, table.withBytes(id, { $0[0] }) == UInt8(ascii: "e"),
      profiles.lexicon.wordClass(id).isEmpty, profiles.acronyms.expansion(of: id) == nil
    else { return nil }
    let rest = table.withBytes(id) { table.lookup(UnsafeBufferPointer(rebasing: $0[1...])) }
    guard rest >= 0 else { return nil }
    let known =
      !profiles.lexicon.wordClass(rest).isDisjoint(with: [.jobWord, .phraseWord])
      || (Int(rest) < literalCounts.count && literalCounts[Int(rest)] > 0)
      || profiles.acronyms.expansion(of: rest) != nil
    return known ? rest : nil
  }

  private func isOwner(_ word: Int32, _ unit: Int32, _ profiles: ServiceProfiles) -> Bool {
    profiles.lexicon.wordClass(word).contains(.owner) || profiles.owners.owns(unit, word)
  }

  private mutating func appendUnit(_ unit: Int32) {
    var rest = max(unit, 0)
    repeat {
      nameKey.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    nameKey.append(UInt8(ascii: "|"))
  }

  private mutating func appendKey(_ word: Int32, _ table: TokenTable) {
    table.withBytes(word) { nameKey.append(contentsOf: $0) }
    nameKey.append(UInt8(ascii: " "))
  }

  /// Whether a word with digits is a version: `v2`, `v2.1`, `gen4`, `r2`.
  static func isVersion(_ id: Int32, _ table: TokenTable) -> Bool {
    table.withBytes(id) { bytes in
      var index = 0
      while index < bytes.count && bytes[index] >= 0x61 && bytes[index] <= 0x7a { index += 1 }
      let letters = bytes[0..<index]
      guard index < bytes.count, letters.count <= 3 else { return false }
      let prefixes: [[UInt8]] = [[], [0x76], [0x72], Array("gen".utf8), Array("ver".utf8)]
      guard prefixes.contains(where: { $0.elementsEqual(letters) }) else { return false }
      return bytes[index...].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2e }
    }
  }
}
