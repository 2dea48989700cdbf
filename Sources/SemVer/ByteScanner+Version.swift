extension ByteScanner {
  /// Parses the whole input as one strict version, as node-semver's `new SemVer(text)` does.
  ///
  /// Surrounding whitespace and a single leading `v` are accepted, as in node's `FULL` regex.
  mutating func scanVersion() throws(ParseFailure) -> Version {
    try checkVersionLength()
    trimWhitespace()
    if isAtEnd {
      throw ParseFailure(offset: position, reason: "expected a version like '1.2.3', found nothing")
    }
    let hasPrefix = consume(ASCII.lowerV)
    let major = try scanCoreNumber(.major, afterPrefix: hasPrefix)
    try expectDot(before: "minor")
    let minor = try scanCoreNumber(.minor, afterPrefix: false)
    try expectDot(before: "patch")
    let patch = try scanCoreNumber(.patch, afterPrefix: false)
    var section = VersionSection.patch
    var prerelease: [PrereleaseIdentifier] = []
    var build: [String] = []
    if consume(ASCII.hyphen) {
      prerelease = try scanPrerelease()
      section = .prerelease
    }
    if consume(ASCII.plus) {
      build = try scanBuild(keeping: true)
      section = .build
    }
    if !isAtEnd {
      throw unexpectedAfterVersion(section: section, inRange: false, patchIsNumber: true)
    }
    return Version(major, minor, patch, prerelease: prerelease, build: build)
  }

  /// Rejects inputs longer than node's limit, which it measures before trimming.
  private func checkVersionLength() throws(ParseFailure) {
    // UTF-16 never needs more units than UTF-8 needs bytes, so short inputs pass unmeasured.
    guard bytes.count > NodeLimits.maxLength else { return }
    var units = 0
    var firstExcess: Int?
    var offset = 0
    while offset < bytes.count {
      let lead = bytes[offset]
      let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      units += width == 4 ? 2 : 1
      if units > NodeLimits.maxLength, firstExcess == nil { firstExcess = offset }
      offset += width
    }
    if let firstExcess {
      throw ParseFailure(
        offset: firstExcess,
        reason: "too long: \(units) characters, and a version may have at most "
          + "\(NodeLimits.maxLength)"
      )
    }
  }

  /// Reads a major, minor or patch number, explaining what is wrong if there is none.
  private mutating func scanCoreNumber(
    _ section: VersionSection,
    afterPrefix: Bool
  ) throws(ParseFailure) -> UInt64 {
    if let byte = current, ASCII.isDigit(byte) {
      return try scanNumber(section)
    }
    let found = describeCharacter(at: position)
    var reason: String
    if section == .major {
      reason =
        afterPrefix
        ? "expected a major number right after 'v', found \(found)"
        : "expected a version like '1.2.3', found \(found)"
    } else {
      reason = "expected a \(section.name) number after '.', found \(found)"
    }
    switch current {
    case ASCII.upperV? where section == .major && !afterPrefix:
      reason += "; only a lowercase 'v' may come before a version"
    case ASCII.equals?, ASCII.less?, ASCII.greater?, ASCII.tilde?, ASCII.caret?:
      reason += "; operators such as '=' belong to ranges, not to versions"
    case let byte? where ASCII.isWildcard(byte):
      reason += "; wildcards such as 'x' belong to ranges, not to versions"
    default:
      break
    }
    throw ParseFailure(offset: position, reason: reason)
  }

  /// Moves past the `.` before the minor or patch number, or explains its absence.
  private mutating func expectDot(before next: String) throws(ParseFailure) {
    if consume(ASCII.dot) { return }
    var reason = "expected '.' and a \(next) number"
    if !isAtEnd { reason += ", found \(describeCharacter(at: position))" }
    throw ParseFailure(offset: position, reason: reason)
  }
}
