extension Version {
  /// Whether `lhs` has lower semver precedence than `rhs`, ignoring build metadata.
  ///
  /// - Complexity: O(p), where p is the length of the shorter prerelease.
  public static func < (lhs: Version, rhs: Version) -> Bool {
    lhs.compareByPrecedence(rhs) < 0
  }

  /// Compares by semver precedence (semver.org §11), returning -1, 0 or 1; build is ignored.
  ///
  /// - Complexity: O(p), where p is the length of the shorter prerelease; never allocates.
  public func compareByPrecedence(_ other: Version) -> Int {
    if major != other.major { return major < other.major ? -1 : 1 }
    if minor != other.minor { return minor < other.minor ? -1 : 1 }
    if patch != other.patch { return patch < other.patch ? -1 : 1 }
    switch (prerelease.isEmpty, other.prerelease.isEmpty) {
    case (true, true): return 0
    case (true, false): return 1
    case (false, true): return -1
    case (false, false): break
    }
    let shared = min(prerelease.count, other.prerelease.count)
    for index in 0..<shared {
      let order = PrereleaseIdentifier.compare(prerelease[index], other.prerelease[index])
      if order != 0 { return order }
    }
    if prerelease.count == other.prerelease.count { return 0 }
    return prerelease.count < other.prerelease.count ? -1 : 1
  }

  /// Whether both versions have the same major, minor and patch numbers.
  func hasSameCore(as other: Version) -> Bool {
    major == other.major && minor == other.minor && patch == other.patch
  }
}
