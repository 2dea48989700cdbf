import SemVer

/// Parsed ranges by their text, so that the thousands of links asking `^2` share one value:
/// a million links then cost a few hundred parses and a few hundred heap blocks, not a million.
struct RangeInterner {
  private var ranges: [String: VersionRange] = [:]

  /// The range `text` parses to, parsed once per distinct text.
  mutating func range(_ text: String) throws(SemVerError) -> VersionRange {
    if let known = ranges[text] { return known }
    let parsed = try VersionRange(parsing: text)
    ranges[text] = parsed
    return parsed
  }
}
