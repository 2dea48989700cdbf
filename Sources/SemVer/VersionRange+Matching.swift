extension VersionRange {
  /// Whether `version` satisfies the range, with node-semver's `satisfies` semantics.
  ///
  /// A prerelease version such as `1.2.3-beta` satisfies an alternative only if some
  /// comparator of that alternative has a prerelease on the same `1.2.3`, as in `>=1.2.3-alpha`,
  /// unless the range was parsed with `includePrerelease`.
  ///
  /// - Complexity: O(c) comparisons for c comparators; never allocates.
  public func contains(_ version: Version) -> Bool {
    for alternative in alternatives where matches(alternative, version) { return true }
    return false
  }

  /// The version with the highest precedence that the range contains, the first of equals.
  ///
  /// - Complexity: O(n × c) for n versions and c comparators.
  public func highestMatch(in versions: some Sequence<Version>) -> Version? {
    var best: Version?
    for version in versions where contains(version) {
      if let current = best, version.compareByPrecedence(current) <= 0 { continue }
      best = version
    }
    return best
  }

  /// Whether `version` satisfies every comparator of `alternative`, and its prerelease rule.
  private func matches(_ alternative: [Comparator], _ version: Version) -> Bool {
    for comparator in alternative where !comparator.matches(version) { return false }
    if !version.isPrerelease || includePrerelease { return true }
    for comparator in alternative
    where comparator.version.isPrerelease && comparator.version.hasSameCore(as: version) {
      return true
    }
    return false
  }
}
