extension ByteScanner {
  /// Reads a major, minor or patch number: digits without leading zeros, at most 2^53 - 1.
  ///
  /// The next byte must be a digit; `section` names the number in messages.
  mutating func scanNumber(_ section: VersionSection) throws(ParseFailure) -> UInt64 {
    let start = position
    while let byte = current, ASCII.isDigit(byte) { advance() }
    let digits = position - start
    if digits > 1, bytes[start] == ASCII.zero {
      throw ParseFailure(
        offset: start,
        reason: "\(section.name) number '\(text(start..<position))' must not have leading zeros"
      )
    }
    var value: UInt64 = 0
    if digits <= 16 {
      for offset in start..<position { value = value * 10 + UInt64(bytes[offset] - ASCII.zero) }
    }
    if digits > 16 || value > NodeLimits.maxSafeInteger {
      throw ParseFailure(
        offset: start,
        reason:
          "\(section.name) number \(text(start..<position)) is too big; the largest allowed is "
          + "\(NodeLimits.maxSafeInteger)"
      )
    }
    return value
  }

  /// Reads the dot-separated prerelease identifiers after a `-`, which must already be read.
  mutating func scanPrerelease() throws(ParseFailure) -> [PrereleaseIdentifier] {
    var identifiers: [PrereleaseIdentifier] = []
    // Most prereleases have one or two identifiers (`rc.1`): allocate once for those.
    identifiers.reserveCapacity(2)
    repeat {
      let start = position
      var isNumeric = true
      while let byte = current, ASCII.isIdentifier(byte) {
        if !ASCII.isDigit(byte) { isNumeric = false }
        advance()
      }
      if position == start {
        throw ParseFailure(offset: start, reason: emptyIdentifierReason(in: "prerelease"))
      }
      if !isNumeric {
        identifiers.append(.alphanumeric(text(start..<position)))
        continue
      }
      if position - start > 1, bytes[start] == ASCII.zero {
        throw ParseFailure(
          offset: start,
          reason: "numeric prerelease identifier '\(text(start..<position))' must not have "
            + "leading zeros"
        )
      }
      var value: UInt64 = 0
      for offset in start..<position {
        let (product, productOverflow) = value.multipliedReportingOverflow(by: 10)
        let (sum, sumOverflow) = product.addingReportingOverflow(UInt64(bytes[offset] - ASCII.zero))
        if productOverflow || sumOverflow {
          throw ParseFailure(
            offset: start,
            reason: "numeric prerelease identifier \(text(start..<position)) is too big; the "
              + "largest supported is \(UInt64.max)"
          )
        }
        value = sum
      }
      identifiers.append(.numeric(value))
    } while consume(ASCII.dot)
    return identifiers
  }

  /// Reads the dot-separated build identifiers after a `+`, which must already be read.
  ///
  /// With `keeping` false nothing is allocated: ranges ignore build metadata.
  mutating func scanBuild(keeping: Bool) throws(ParseFailure) -> [String] {
    var identifiers: [String] = []
    if keeping { identifiers.reserveCapacity(2) }
    repeat {
      let start = position
      while let byte = current, ASCII.isIdentifier(byte) { advance() }
      if position == start {
        throw ParseFailure(offset: start, reason: emptyIdentifierReason(in: "build metadata"))
      }
      if keeping { identifiers.append(text(start..<position)) }
    } while consume(ASCII.dot)
    return identifiers
  }

  /// Explains a missing identifier at ``position``, just after a `-`, `+` or `.`.
  private func emptyIdentifierReason(in part: String) -> String {
    let rule = "identifiers are non-empty runs of ASCII letters, digits and '-'"
    let previous = position > 0 ? bytes[position - 1] : 0
    if previous == ASCII.dot {
      return "empty \(part) identifier after '.', found \(describeCharacter(at: position)); "
        + rule
    }
    return "expected a \(part) identifier after '\(previous == ASCII.plus ? "+" : "-")', "
      + "found \(describeCharacter(at: position)); \(rule)"
  }

  /// Explains the unexpected byte at ``position`` after a version stopped in `section`.
  ///
  /// `inRange` adds the separators a range allows; `patchIsNumber` tells a loose-mode
  /// prerelease without `-` (`1.2.3beta`) from a wildcard followed by letters.
  func unexpectedAfterVersion(
    section: VersionSection,
    inRange: Bool,
    patchIsNumber: Bool
  ) -> ParseFailure {
    let found = describeCharacter(at: position)
    let byte = current ?? 0
    if whitespaceWidth(at: position) > 0 {
      return ParseFailure(
        offset: position,
        reason: "found \(found); a version cannot contain whitespace"
      )
    }
    if inRange,
      byte == ASCII.less || byte == ASCII.greater || byte == ASCII.equals
        || byte == ASCII.tilde || byte == ASCII.caret
    {
      return ParseFailure(
        offset: position,
        reason: "expected whitespace before the next comparator, found \(found)"
      )
    }
    let separators = inRange ? "whitespace, '||' or the end" : "the end"
    let identifierRule =
      "identifiers may contain only ASCII letters, digits and '-', separated "
      + "by '.'"
    let reason: String
    switch section {
    case .major, .minor:
      if byte == ASCII.hyphen {
        reason =
          "a prerelease needs a full major.minor.patch version before it, as in "
          + "'1.2.0-beta'"
      } else {
        reason = "expected '.', \(separators) after the \(section.name) number, found \(found)"
      }
    case .patch:
      if patchIsNumber, ASCII.isLetter(byte) {
        reason =
          "expected '-' before the prerelease '\(identifierRun(at: position))'; only "
          + "node-semver's loose mode accepts a prerelease without '-', and loose mode is not "
          + "supported"
      } else if byte == ASCII.dot {
        reason =
          "found '.' after the patch number; a version has at most three numbers "
          + "(major.minor.patch)"
      } else {
        reason =
          "expected '-' (prerelease), '+' (build metadata) or \(separators) after the "
          + "patch number, found \(found)"
      }
    case .prerelease:
      reason = "found \(found) in the prerelease; \(identifierRule)"
    case .build:
      if byte == ASCII.plus {
        reason = "found a second '+'; build metadata may appear only once"
      } else {
        reason = "found \(found) in the build metadata; \(identifierRule)"
      }
    }
    return ParseFailure(offset: position, reason: reason)
  }
}
