import SemVer

/// What a link resolves to among its target's versions: the one rule every command and check
/// uses for "the version a link gets".
public enum LinkResolution: Sendable, Hashable {
  /// The newest version of the target that the range selects and that is not retired.
  case version(Version)
  /// The target has versions, but the range selects none that is not retired.
  case noVersionMatches
  /// The target has no versions, so there is nothing for the range to select.
  case unversioned

  /// The version resolved to, if any.
  public var version: Version? {
    if case .version(let version) = self { return version }
    return nil
  }
}

extension Link {
  /// What this link resolves to in `target`: its versions are kept newest first, so the first
  /// one the range selects that is not retired is the newest. O(versions) range tests at worst.
  public func resolution(in target: Service) -> LinkResolution {
    guard !target.versions.isEmpty else { return .unversioned }
    // A plain loop: through lazy wrappers a generic search is not specialised across modules,
    // and this runs for every row of a large dependency tree.
    for record in target.versions
    where record.lifecycle != .retired && range.contains(record.version) {
      return .version(record.version)
    }
    return .noVersionMatches
  }
}
