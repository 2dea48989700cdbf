import RegistryModel

/// Builds the `AcronymTable` of a registry from its names, in order of trust: configured
/// acronyms, acronyms the names declare (an acronym declared with two different meanings is
/// left alone), built-in ones, then guesses for the acronyms still unknown: the initials of a
/// run of words in some other name, and `SI`/`SIM`/`SIS` + the start of a known word. O(total
/// words in names).
struct AcronymLearner {
  let stream: TokenStream
  let units: [Int32]
  let lexicon: Lexicon
  let owners: UnitOwners
  let literalCounts: [Int32]

  /// A meaning seen for one acronym, with how many names gave it.
  private struct Candidate {
    var words: [Int32]
    var core: [Int32]
    var count: Int
  }

  /// Learns the table; `table` gains the words of configured and built-in expansions.
  func learn(settings: DuplicateSettings, table: inout TokenTable) -> AcronymTable {
    var acronyms = AcronymTable()
    var scanner = TextScanner()
    for key in settings.acronyms.keys.sorted() {
      let words = AcronymLearner.words(of: settings.acronyms[key]!, &scanner, &table)
      acronyms.define(AcronymLearner.words(of: key, &scanner, &table), words, .configured)
    }
    let declared = learnDeclared(into: &acronyms, table: table)
    for key in DomainWords.acronyms.keys.sorted() {
      let words = AcronymLearner.words(of: DomainWords.acronyms[key]!, &scanner, &table)
      acronyms.define(AcronymLearner.words(of: key, &scanner, &table), words, .builtIn)
    }
    var unknown = unknownAcronyms(acronyms, table: table)
    if !unknown.isEmpty {
      learnInitials(into: &acronyms, unknown: &unknown, table: table)
      learnPatterns(into: &acronyms, unknown: unknown, table: table)
    }
    for expansion in acronyms.expansions { addPhrase(expansion.words, &acronyms, &table) }
    for words in declared { addPhrase(words, &acronyms, &table) }
    return acronyms
  }

  /// Makes an expansion of several content words one concept word (`AcronymTable.addPhrase`).
  private func addPhrase(
    _ words: [Int32], _ acronyms: inout AcronymTable, _ table: inout TokenTable
  ) {
    let content = lexicon.concepts(of: words).filter {
      lexicon.wordClass($0).isDisjoint(with: [.generic, .owner, .function, .version])
        && $0 != lexicon.ownerMark
    }
    // Only an expansion that names two jobs or more at once becomes one word (`SIMAK-BMN`:
    // akuntansi, aset); one job with modifiers (`SPMB`: seleksi, admisi) keeps its job word.
    let jobs = content.filter {
      let wordClass = lexicon.wordClass($0)
      return wordClass.contains(.jobWord) && !wordClass.contains(.qualifier)
    }
    guard content.count >= 2, jobs.count >= 2 else { return }
    let text = content.map(table.text).joined(separator: " ")
    acronyms.addPhrase(content, concept: table.intern(text))
  }

  /// Learns the acronyms the names declare; returns every declared expansion, meaningful or
  /// ambiguous.
  private func learnDeclared(into acronyms: inout AcronymTable, table: TokenTable) -> [[Int32]] {
    let finder = DeclarationFinder(stream: stream, table: table, lexicon: lexicon, owners: owners)
    var seen: [[Int32]: [Candidate]] = [:]
    for service in 0..<stream.count {
      let unit = units[service]
      for declaration in finder.declarations(in: stream.range(service), unit: unit) {
        let key = declaration.acronym.map { stream.ids[$0] }
        let words = declaration.expansion.map { stream.ids[$0] }
        add(&seen[key, default: []], words, unit: unit)
      }
    }
    settle(seen, into: &acronyms, source: .learned)
    return seen.keys.sorted { $0.lexicographicallyPrecedes($1) }.flatMap { key in
      seen[key]!.map(\.words)
    }
  }

  private func learnInitials(
    into acronyms: inout AcronymTable, unknown: inout [Bool], table: TokenTable
  ) {
    var filter = [Bool](repeating: false, count: 27 * 27 * 8)
    for (id, isUnknown) in unknown.enumerated() where isUnknown {
      table.withBytes(Int32(id)) {
        filter[AcronymLearner.filterSlot($0[0], $0[1], $0.count)] = true
      }
    }
    var seen: [[Int32]: [Candidate]] = [:]
    var run: [Int32] = []
    var letters: [UInt8] = []
    for service in 0..<stream.count {
      let unit = units[service]
      run.removeAll(keepingCapacity: true)
      for position in stream.range(service) {
        let id = stream.ids[position]
        let shape = stream.shapes[position]
        let wordClass = lexicon.wordClass(id)
        if wordClass.contains(.function) { continue }
        let breaks =
          shape.contains(.uppercase) || shape.contains(.hasDigit)
          || wordClass.contains(.owner) || owners.owns(unit, id)
          || [.dash, .open, .close].contains(stream.separators[position])
        if breaks {
          collectInitials(run, unit, filter, unknown, &letters, &seen, table)
          run.removeAll(keepingCapacity: true)
          if !shape.contains(.uppercase) && !wordClass.contains(.owner) && !owners.owns(unit, id)
            && !shape.contains(.hasDigit)
          {
            run.append(id)
          }
        } else {
          run.append(id)
        }
      }
      collectInitials(run, unit, filter, unknown, &letters, &seen, table)
    }
    for key in seen.keys { unknown[Int(key[0])] = false }
    settle(seen, into: &acronyms, source: .initials)
  }

  private func collectInitials(
    _ run: [Int32], _ unit: Int32, _ filter: [Bool], _ unknown: [Bool], _ letters: inout [UInt8],
    _ seen: inout [[Int32]: [Candidate]], _ table: TokenTable
  ) {
    guard run.count >= 2 else { return }
    for start in 0..<(run.count - 1) {
      letters.removeAll(keepingCapacity: true)
      letters.append(table.withBytes(run[start]) { $0[0] })
      for end in (start + 1)..<min(run.count, start + 6) {
        letters.append(table.withBytes(run[end]) { $0[0] })
        guard filter[AcronymLearner.filterSlot(letters[0], letters[1], letters.count)] else {
          continue
        }
        let id = letters.withUnsafeBufferPointer { table.lookup($0) }
        if id >= 0 && Int(id) < unknown.count && unknown[Int(id)] {
          add(&seen[[id], default: []], Array(run[start...end]), unit: unit)
        }
      }
    }
  }

  private func learnPatterns(
    into acronyms: inout AcronymTable, unknown: [Bool], table: TokenTable
  ) {
    var vocabulary: [(text: [UInt8], id: Int32)] = []
    for id in 0..<Int32(table.count) {
      let wordClass = lexicon.wordClass(id)
      let known =
        wordClass.contains(.jobWord)
        || (Int(id) < literalCounts.count && literalCounts[Int(id)] >= 2)
      if known && table.length(id) >= 4
        && wordClass.isDisjoint(with: [.owner, .generic, .function, .version])
        && !owners.anyUnit.contains(id)
      {
        vocabulary.append((table.withBytes(id) { Array($0) }, id))
      }
    }
    vocabulary.sort { $0.text.lexicographicallyPrecedes($1.text) }
    for (id, isUnknown) in unknown.enumerated() where isUnknown {
      let text = table.withBytes(Int32(id)) { Array($0) }
      for prefix in ["sim", "sis", "si"] {
        let head = Array(prefix.utf8)
        guard text.starts(with: head), text.count - head.count >= 3 else { continue }
        let meanings = self.meanings(of: Array(text[head.count...]), in: vocabulary)
        if meanings.count == 1 { acronyms.define([Int32(id)], [meanings[0]], .pattern) }
        if !meanings.isEmpty { break }
      }
    }
  }

  /// The canonical words that the vocabulary words starting with `start` mean: those of the job
  /// vocabulary when any match, so that a typo such as `pegawi` cannot hide `pegawai`.
  private func meanings(of start: [UInt8], in vocabulary: [(text: [UInt8], id: Int32)])
    -> [Int32]
  {
    var lower = 0
    var upper = vocabulary.count
    while lower < upper {
      let middle = (lower + upper) / 2
      if vocabulary[middle].text.lexicographicallyPrecedes(start) {
        lower = middle + 1
      } else {
        upper = middle
      }
    }
    var jobMeanings: [Int32] = []
    var otherMeanings: [Int32] = []
    var index = lower
    while index < vocabulary.count && vocabulary[index].text.starts(with: start) {
      let id = vocabulary[index].id
      let meaning = lexicon.canonical(id)
      if lexicon.wordClass(id).contains(.jobWord) {
        if !jobMeanings.contains(meaning) { jobMeanings.append(meaning) }
      } else if !otherMeanings.contains(meaning) {
        otherMeanings.append(meaning)
      }
      index += 1
    }
    return jobMeanings.isEmpty ? otherMeanings : jobMeanings
  }

  /// Marks each uppercase word of the names that nothing expands yet.
  private func unknownAcronyms(_ acronyms: AcronymTable, table: TokenTable) -> [Bool] {
    var unknown = [Bool](repeating: false, count: table.count)
    let finder = DeclarationFinder(stream: stream, table: table, lexicon: lexicon, owners: owners)
    var any = false
    for service in 0..<stream.count {
      for position in stream.range(service) where finder.isAcronym(position, unit: units[service]) {
        let id = stream.ids[position]
        let length = table.length(id)
        if length >= 3 && length <= 10 && !acronyms.isSettled([id])
          && !lexicon.wordClass(id).contains(.jobWord)
        {
          unknown[Int(id)] = true
          any = true
        }
      }
    }
    return any ? unknown : []
  }

  private func add(_ candidates: inout [Candidate], _ words: [Int32], unit: Int32) {
    if let index = candidates.firstIndex(where: { $0.words == words }) {
      candidates[index].count += 1
      return
    }
    var core = lexicon.concepts(of: words).filter {
      lexicon.wordClass($0).isDisjoint(with: [.generic, .owner]) && !owners.owns(unit, $0)
    }
    core.sort()
    candidates.append(Candidate(words: words, core: core, count: 1))
  }

  /// Gives each acronym the meaning its names agree on, or marks it ambiguous when a second
  /// meaning has at least a tenth of the first one's support.
  private func settle(
    _ seen: [[Int32]: [Candidate]], into acronyms: inout AcronymTable,
    source: AcronymTable.Source
  ) {
    for key in seen.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      let candidates = seen[key]!.sorted {
        $0.count != $1.count ? $0.count > $1.count : $0.words.lexicographicallyPrecedes($1.words)
      }
      var meanings: [(core: [Int32], support: Int)] = []
      for candidate in candidates {
        if let index = meanings.firstIndex(where: {
          AcronymLearner.overlap($0.core, candidate.core) >= 0.5
        }) {
          meanings[index].support += candidate.count
        } else {
          meanings.append((candidate.core, candidate.count))
        }
      }
      meanings.sort { $0.support > $1.support }
      if meanings.count > 1 && meanings[1].support * 10 >= meanings[0].support {
        if key.count == 1 { acronyms.markAmbiguous(key[0]) }
        continue
      }
      let best = candidates.first {
        AcronymLearner.overlap($0.core, meanings[0].core) >= 0.5
      }!
      acronyms.define(key, best.words, source)
    }
  }

  /// The Jaccard index of two sorted sets; two empty sets agree.
  private static func overlap(_ first: [Int32], _ second: [Int32]) -> Double {
    if first.isEmpty && second.isEmpty { return 1 }
    let shared = first.filter { second.contains($0) }.count
    return Double(shared) / Double(first.count + second.count - shared)
  }

  private static func filterSlot(_ first: UInt8, _ second: UInt8, _ length: Int) -> Int {
    let a = first >= 0x61 && first <= 0x7a ? Int(first - 0x61) : 26
    let b = second >= 0x61 && second <= 0x7a ? Int(second - 0x61) : 26
    return (a * 27 + b) * 8 + min(length, 7)
  }

  private static func words(
    of text: String, _ scanner: inout TextScanner, _ table: inout TokenTable
  ) -> [Int32] {
    var stream = TokenStream()
    scanner.scan(text, table: &table, into: &stream)
    return stream.ids
  }
}
