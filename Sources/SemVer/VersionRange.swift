/// An npm-style version range such as `^1.2`, `>=1.0.0 <2 || 3.x` or `1.2.3 - 2.0.0`.
///
/// It keeps the text as written in ``source`` and prints the canonical form that node-semver's
/// `new Range(text).range` prints in ``description``. `==` is structural: two ranges are equal
/// when written the same way with the same options; compare ``description`` (and
/// ``includePrerelease``) to ask whether they mean the same thing.
public struct VersionRange: Sendable, Hashable, CustomStringConvertible, LosslessStringConvertible {
  /// The alternatives, any of which may match; each is an AND of comparators, empty for "any".
  let alternatives: [[Comparator]]

  /// Whether prerelease versions match ordinary comparators, as node's `includePrerelease`.
  public let includePrerelease: Bool

  /// The text as the user wrote it, without surrounding whitespace, for printing back to users.
  public let source: String

  /// Makes a range from parsed alternatives.
  init(alternatives: [[Comparator]], includePrerelease: Bool, source: String) {
    self.alternatives = alternatives
    self.includePrerelease = includePrerelease
    self.source = source
  }

  /// The range `*`, which every release (not prerelease) version satisfies.
  public static var any: VersionRange {
    VersionRange(alternatives: [[]], includePrerelease: false, source: "*")
  }

  /// Parses `description` without `includePrerelease`, returning nil where parsing would throw.
  public init?(_ description: String) {
    guard let range = try? VersionRange(parsing: description) else { return nil }
    self = range
  }

  /// The canonical form, exactly as node-semver's `Range.range` prints it, with `*` for "any".
  ///
  /// For example `^1.2` prints `>=1.2.0 <2.0.0-0` and `0.1.20 || 1.2.4` prints `0.1.20||1.2.4`.
  public var description: String {
    var text = ""
    for (index, alternative) in alternatives.enumerated() {
      if index > 0 { text.append("||") }
      for (position, comparator) in alternative.enumerated() {
        if position > 0 { text.append(" ") }
        comparator.write(to: &text)
      }
    }
    return text.isEmpty ? "*" : text
  }
}
