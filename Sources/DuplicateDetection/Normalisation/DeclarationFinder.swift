/// Finds the acronyms a name declares: `ACR – words`, `words – ACR`, `words (ACR)` and
/// `ACR (words)`, checked with `Abbreviation` so that `Akun UIN Jakarta (SSO)` declares nothing;
/// O(words of the name).
struct DeclarationFinder {
  let stream: TokenStream
  let table: TokenTable
  let lexicon: Lexicon
  let owners: UnitOwners

  /// The declarations in name `range` of a service of unit `unit`.
  func declarations(in range: Range<Int>, unit: Int32) -> [AcronymDeclaration] {
    // Most names declare nothing: look for a dash or parenthesis before allocating anything.
    guard
      range.contains(where: {
        $0 > range.lowerBound
          && (stream.separators[$0] == .dash || stream.separators[$0] == .open)
      })
    else { return [] }
    var found: [AcronymDeclaration] = []
    var segmentStarts = [range.lowerBound]
    var hasParenthesis = false
    for position in range {
      switch stream.separators[position] {
      case .dash where position > range.lowerBound: segmentStarts.append(position)
      case .open: hasParenthesis = true
      default: break
      }
    }
    guard segmentStarts.count > 1 || hasParenthesis else { return [] }
    segmentStarts.append(range.upperBound)
    for index in 0..<(segmentStarts.count - 2) {
      let left = segmentStarts[index]..<segmentStarts[index + 1]
      let right = segmentStarts[index + 1]..<segmentStarts[index + 2]
      if let declaration = dashDeclaration(left, right, unit: unit) { found.append(declaration) }
    }
    for position in range where stream.separators[position] == .open {
      let segment = segmentStarts.last { $0 <= position } ?? range.lowerBound
      if let declaration = parenthesisDeclaration(at: position, segment: segment, in: range, unit) {
        found.append(declaration)
      }
    }
    return found
  }

  /// Whether the word at `position` may be an acronym: uppercase, 2 to 10 letters, not a known
  /// function, owner or version word.
  func isAcronym(_ position: Int, unit: Int32) -> Bool {
    let shape = stream.shapes[position]
    guard shape.contains(.uppercase), !shape.contains(.numeric) else { return false }
    let id = stream.ids[position]
    let wordClass = lexicon.wordClass(id)
    if !wordClass.isDisjoint(with: [.function, .owner, .version, .generic]) { return false }
    let length = table.length(id)
    return length >= 2 && length <= 10 && !owners.owns(unit, id)
  }

  /// The acronym starting at `position`: it and a hyphenated acronym after it, if any.
  func acronymSpan(at position: Int, limit: Int, unit: Int32) -> Range<Int>? {
    guard isAcronym(position, unit: unit) else { return nil }
    if position + 1 < limit && stream.shapes[position + 1].contains(.hyphenated)
      && isAcronym(position + 1, unit: unit)
    {
      return position..<(position + 2)
    }
    return position..<(position + 1)
  }

  private func dashDeclaration(_ left: Range<Int>, _ right: Range<Int>, unit: Int32)
    -> AcronymDeclaration?
  {
    var rightEnd = right.lowerBound + 1
    while rightEnd < right.upperBound && stream.separators[rightEnd] != .open { rightEnd += 1 }
    // Owner words may close the expansion (`EDOM – Evaluasi Dosen oleh Mahasiswa UIN X`) or
    // belong to it (`SIAGA – Sistem Informasi dan Administrasi Guru Agama`): try both.
    let untrimmed = right.lowerBound..<rightEnd
    let trimmed = trimmedOwners(untrimmed, unit: unit)
    var position = left.lowerBound
    while position < left.upperBound {
      if let span = acronymSpan(at: position, limit: left.upperBound, unit: unit) {
        for words in [trimmed, untrimmed] {
          // The expansion may start a word or two late (`EMIS GTK – Data Guru dan Tenaga ...`).
          for skip in 0..<3 where words.lowerBound + skip + 1 < words.upperBound {
            let window = (words.lowerBound + skip)..<words.upperBound
            if abbreviates(span, window) {
              return AcronymDeclaration(acronym: span, expansion: window)
            }
          }
        }
        position = span.upperBound
      } else {
        position += 1
      }
    }
    // `Sistem Informasi Akademik – SIAKAD`: the acronym alone on the right.
    let leftWords = trimmedOwners(left, unit: unit)
    if let span = acronymSpan(at: right.lowerBound, limit: rightEnd, unit: unit),
      span.upperBound == rightEnd, abbreviates(span, leftWords)
    {
      return AcronymDeclaration(acronym: span, expansion: leftWords)
    }
    return nil
  }

  private func parenthesisDeclaration(
    at open: Int, segment: Int, in range: Range<Int>, _ unit: Int32
  ) -> AcronymDeclaration? {
    var close = open
    while close + 1 < range.upperBound && !stream.shapes[close].contains(.closesParenthesis) {
      close += 1
    }
    let inside = open..<(close + 1)
    if let span = acronymSpan(at: open, limit: inside.upperBound, unit: unit),
      span.upperBound == inside.upperBound
    {
      // `Academic Information System (AIS)`: the longest run before it that it abbreviates.
      let before = (segment..<open).filter {
        !isOwner($0, unit) && !lexicon.wordClass(stream.ids[$0]).contains(.function)
      }
      for start in before.indices where before.count - start >= 2 {
        let first = before[start]
        let window = first..<open
        if abbreviates(span, window) { return AcronymDeclaration(acronym: span, expansion: window) }
      }
      return nil
    }
    // `SIMKAH (Sistem Informasi Manajemen Nikah)`.
    if open > segment, let span = acronymSpan(at: open - 1, limit: open, unit: unit),
      inside.count >= 2, abbreviates(span, inside)
    {
      return AcronymDeclaration(acronym: span, expansion: inside)
    }
    return nil
  }

  private func abbreviates(_ span: Range<Int>, _ window: Range<Int>) -> Bool {
    var letters: [UInt8] = []
    for position in span { table.withBytes(stream.ids[position]) { letters += $0 } }
    let words = window.map { stream.ids[$0] }.filter {
      !lexicon.wordClass($0).contains(.function)
    }
    return Abbreviation.matches(letters, words, table: table)
  }

  private func trimmedOwners(_ range: Range<Int>, unit: Int32) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while upper > lower && isOwner(upper - 1, unit) { upper -= 1 }
    while lower < upper && isOwner(lower, unit) { lower += 1 }
    return lower..<upper
  }

  private func isOwner(_ position: Int, _ unit: Int32) -> Bool {
    let id = stream.ids[position]
    return lexicon.wordClass(id).contains(.owner) || owners.owns(unit, id)
  }
}
