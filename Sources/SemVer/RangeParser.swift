/// Parses npm range syntax into comparator sets, as node-semver's strict `new Range` does.
///
/// Grammar, with whitespace being JavaScript's `\s`:
///
///     range       ::= alternative ( '||' alternative )*
///     alternative ::= ws* ( hyphen | comparator ( ws+ comparator )* )? ws*
///     hyphen      ::= partial ws+ '-' ws+ partial
///     comparator  ::= ( ( '<' | '>' ) '='? | '=' | '~' '>'? | '^' )? ws* partial
///     partial     ::= 'v'? xr ( '.' xr ( '.' xr ( '-' prerelease )? )? )? ( '+' build )?
///     xr          ::= 'x' | 'X' | '*' | number
///
/// Each alternative is desugared into primitive comparators exactly as node-semver does, so
/// that ``VersionRange/description`` matches node's `Range.range`.
struct RangeParser {
  /// The cursor over the range's bytes.
  var scanner: ByteScanner

  /// Whether prereleases match ordinary ranges, which changes how bounds are desugared.
  let includePrerelease: Bool

  /// The byte range of the text without surrounding whitespace, known once parsing starts.
  private(set) var trimmedBounds = 0..<0

  /// Makes a parser over the UTF-8 `bytes` of a range.
  init(_ bytes: UnsafeBufferPointer<UInt8>, includePrerelease: Bool) {
    scanner = ByteScanner(bytes)
    self.includePrerelease = includePrerelease
  }

  /// Parses the whole range, returning its alternatives, each an AND of comparators.
  ///
  /// An empty alternative means any version.
  mutating func parse() throws(ParseFailure) -> [[Comparator]] {
    scanner.trimWhitespace()
    trimmedBounds = scanner.position..<scanner.end
    var alternatives: [[Comparator]] = []
    while true {
      alternatives.append(try parseAlternative())
      if scanner.isAtEnd { break }
      scanner.advance(2)
    }
    return Self.normalized(alternatives)
  }

  /// Whether the next bytes end an alternative: the end of input or `||`.
  private var isAtAlternativeEnd: Bool {
    guard let byte = scanner.current else { return true }
    return byte == ASCII.pipe && scanner.peek(1) == ASCII.pipe
  }

  /// Whether `byte` can start a partial version.
  private static func startsPartial(_ byte: UInt8) -> Bool {
    ASCII.isDigit(byte) || ASCII.isWildcard(byte) || byte == ASCII.lowerV
  }

  /// Parses one alternative up to `||` or the end, leaving the `||` unread.
  private mutating func parseAlternative() throws(ParseFailure) -> [Comparator] {
    var comparators: [Comparator] = []
    scanner.skipWhitespace()
    if isAtAlternativeEnd { return comparators }
    // Most alternatives desugar to one or two comparators: allocate once for those.
    comparators.reserveCapacity(2)
    if let byte = scanner.current, Self.startsPartial(byte) {
      let first = try scanPartial()
      try checkTerminator(after: first)
      let afterFirst = scanner.position
      if scanner.skipWhitespace(), scanner.current == ASCII.hyphen {
        try parseHyphenRange(from: first, into: &comparators)
        return Self.normalized(alternative: comparators)
      }
      scanner.position = afterFirst
      try desugar(.none, first, into: &comparators)
    } else {
      try parseComparator(into: &comparators)
    }
    while true {
      scanner.skipWhitespace()
      if isAtAlternativeEnd { break }
      if scanner.current == ASCII.hyphen {
        throw ParseFailure(
          offset: scanner.position,
          reason: "unexpected '-'; a hyphen range such as '1.2.3 - 2.3.4' must be a whole "
            + "alternative, and its ends take no operators"
        )
      }
      try parseComparator(into: &comparators)
    }
    return Self.normalized(alternative: comparators)
  }

  /// Parses the rest of `first - second`, with the scanner on the `-`.
  private mutating func parseHyphenRange(
    from first: PartialVersion,
    into comparators: inout [Comparator]
  ) throws(ParseFailure) {
    let hyphen = scanner.position
    scanner.advance()
    let spaced = scanner.skipWhitespace()
    if isAtAlternativeEnd {
      throw ParseFailure(
        offset: scanner.position,
        reason: "expected a version after '-' to end the hyphen range, as in '1.2.3 - 2.3.4'"
      )
    }
    if !spaced {
      throw ParseFailure(
        offset: hyphen,
        reason: "a hyphen range needs whitespace on both sides of '-', as in '1.2.3 - 2.3.4'"
      )
    }
    guard let byte = scanner.current, Self.startsPartial(byte) else {
      throw ParseFailure(
        offset: scanner.position,
        reason: "expected a version after '-' in the hyphen range, found "
          + "\(scanner.describeCharacter(at: scanner.position)); the ends of a hyphen range "
          + "take no operators"
      )
    }
    let second = try scanPartial()
    try checkTerminator(after: second)
    scanner.skipWhitespace()
    if !isAtAlternativeEnd {
      if scanner.current == ASCII.pipe { throw singlePipe() }
      throw ParseFailure(
        offset: scanner.position,
        reason: "found \(scanner.describeCharacter(at: scanner.position)) after the hyphen "
          + "range; a hyphen range must be a whole alternative (separate alternatives with '||')"
      )
    }
    try desugarHyphen(first, second, into: &comparators)
  }

  /// Parses an optional operator and the partial version it applies to.
  private mutating func parseComparator(into comparators: inout [Comparator]) throws(ParseFailure) {
    let operatorStart = scanner.position
    let operation = scanOperator()
    if operation == .none {
      guard let byte = scanner.current, Self.startsPartial(byte) else {
        throw unexpectedComparatorStart()
      }
    } else {
      let operatorEnd = scanner.position
      scanner.skipWhitespace()
      guard let byte = scanner.current, Self.startsPartial(byte) else {
        throw missingVersion(after: scanner.text(operatorStart..<operatorEnd))
      }
    }
    let partial = try scanPartial()
    try checkTerminator(after: partial)
    try desugar(operation, partial, into: &comparators)
  }

  /// Reads an operator, if any.
  private mutating func scanOperator() -> RangeOperator {
    switch scanner.current {
    case ASCII.less?:
      scanner.advance()
      return scanner.consume(ASCII.equals) ? .lessOrEqual : .less
    case ASCII.greater?:
      scanner.advance()
      return scanner.consume(ASCII.equals) ? .greaterOrEqual : .greater
    case ASCII.equals?:
      scanner.advance()
      return .equal
    case ASCII.tilde?:
      scanner.advance()
      _ = scanner.consume(ASCII.greater)
      return .tilde
    case ASCII.caret?:
      scanner.advance()
      return .caret
    default:
      return .none
    }
  }

  /// Reads a partial version such as `v1.2.x`, `1.2.3-rc.1+build` or `*`.
  private mutating func scanPartial() throws(ParseFailure) -> PartialVersion {
    let start = scanner.position
    let hasPrefix = scanner.consume(ASCII.lowerV)
    if hasPrefix, !(scanner.current.map { ASCII.isDigit($0) || ASCII.isWildcard($0) } ?? false) {
      throw ParseFailure(
        offset: scanner.position,
        reason: "expected a version number right after 'v', found "
          + scanner.describeCharacter(at: scanner.position)
      )
    }
    var partial = PartialVersion(
      major: try scanComponent(.major),
      minor: nil,
      patch: nil,
      prerelease: [],
      hasPrefix: hasPrefix,
      majorOffset: hasPrefix ? start + 1 : start,
      minorOffset: start,
      patchOffset: start,
      section: .major
    )
    if scanner.consume(ASCII.dot) {
      partial.minorOffset = scanner.position
      partial.minor = try scanComponent(.minor)
      partial.section = .minor
      if scanner.consume(ASCII.dot) {
        partial.patchOffset = scanner.position
        partial.patch = try scanComponent(.patch)
        partial.section = .patch
        if scanner.consume(ASCII.hyphen) {
          partial.prerelease = try scanner.scanPrerelease()
          partial.section = .prerelease
        }
      }
    }
    let length = scanner.position - start
    if scanner.consume(ASCII.plus) {
      _ = try scanner.scanBuild(keeping: false)
      partial.section = .build
    }
    if length > NodeLimits.maxLength {
      throw ParseFailure(
        offset: start,
        reason: "version too long: \(length) characters before any build metadata, and at "
          + "most \(NodeLimits.maxLength) are allowed"
      )
    }
    try checkWildcardOrder(partial)
    return partial
  }

  /// Reads one number or wildcard of a partial version.
  private mutating func scanComponent(
    _ section: VersionSection
  ) throws(ParseFailure) -> PartialVersion.Component {
    if let byte = scanner.current {
      if ASCII.isDigit(byte) { return .number(try scanner.scanNumber(section)) }
      if ASCII.isWildcard(byte) {
        scanner.advance()
        return .wildcard
      }
    }
    let place = section == .major ? "" : " after '.'"
    throw ParseFailure(
      offset: scanner.position,
      reason: "expected a \(section.name) number or a wildcard ('x', 'X' or '*')\(place), found "
        + scanner.describeCharacter(at: scanner.position)
    )
  }

  /// Rejects a number after a wildcard, such as `1.x.5`, which would silently mean `1.x`.
  private func checkWildcardOrder(_ partial: PartialVersion) throws(ParseFailure) {
    var offset: Int?
    if partial.major == .wildcard, let minor = partial.minor, minor != .wildcard {
      offset = partial.minorOffset
    } else if partial.minor == .wildcard, let patch = partial.patch, patch != .wildcard {
      offset = partial.patchOffset
    }
    if let offset {
      throw ParseFailure(
        offset: offset,
        reason: "a number cannot follow a wildcard; write every part after the first "
          + "wildcard as 'x', as in '1.x.x', or leave it out, as in '1.x'"
      )
    }
  }

  /// Checks that a partial version is followed by whitespace, `||` or the end.
  private func checkTerminator(after partial: PartialVersion) throws(ParseFailure) {
    guard let byte = scanner.current else { return }
    if byte == ASCII.pipe || scanner.whitespaceWidth(at: scanner.position) > 0 { return }
    throw scanner.unexpectedAfterVersion(
      section: partial.section,
      inRange: true,
      patchIsNumber: partial.patchNumber != nil
    )
  }

  /// Explains a byte that cannot start a comparator.
  private func unexpectedComparatorStart() -> ParseFailure {
    let found = scanner.describeCharacter(at: scanner.position)
    switch scanner.current {
    case ASCII.pipe?:
      return singlePipe()
    case ASCII.exclamation?:
      return ParseFailure(
        offset: scanner.position,
        reason: "found '!'; ranges have no '!=' operator, so write '<1.2.3 || >1.2.3' instead"
      )
    default:
      return ParseFailure(
        offset: scanner.position,
        reason: "expected a comparator such as '1.2.3', '>=1.2.3', '^1.2', '~1.2', '1.x' or "
          + "'*', found \(found)"
      )
    }
  }

  /// Explains a lone `|`.
  private func singlePipe() -> ParseFailure {
    ParseFailure(
      offset: scanner.position,
      reason: "unexpected '|'; alternatives are separated by exactly '||'"
    )
  }

  /// Explains an operator that is not followed by a version.
  private func missingVersion(after operatorText: String) -> ParseFailure {
    var reason = "expected a version after '\(operatorText)'"
    if !isAtAlternativeEnd {
      reason += ", found \(scanner.describeCharacter(at: scanner.position))"
      switch (operatorText, scanner.current) {
      case ("=", ASCII.greater?): reason += "; did you mean '>='?"
      case ("=", ASCII.less?): reason += "; did you mean '<='?"
      case ("=", ASCII.equals?): reason += "; '==' is not an operator, write '=' or nothing"
      default: break
      }
    }
    return ParseFailure(offset: scanner.position, reason: reason)
  }
}
