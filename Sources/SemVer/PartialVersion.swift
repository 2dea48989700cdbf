/// A version as written in a range, where trailing parts may be missing or wildcards.
struct PartialVersion {
  /// The major number, or a wildcard such as `x`.
  var major: Component

  /// The minor number, a wildcard, or nil when omitted as in `1`.
  var minor: Component?

  /// The patch number, a wildcard, or nil when omitted as in `1.2`.
  var patch: Component?

  /// The prerelease, only possible after a patch.
  var prerelease: [PrereleaseIdentifier]

  /// Whether it was written with a leading `v`, which node keeps in some comparators.
  var hasPrefix: Bool

  /// Where each part starts in the input, to point errors at it.
  var majorOffset: Int
  var minorOffset: Int
  var patchOffset: Int

  /// The part that was read last, to explain what may follow it.
  var section: VersionSection

  /// The major number, or nil for a wildcard.
  var majorNumber: UInt64? {
    major.number
  }

  /// The minor number, or nil for a wildcard or an omitted minor.
  var minorNumber: UInt64? {
    minor?.number
  }

  /// The patch number, or nil for a wildcard or an omitted patch.
  var patchNumber: UInt64? {
    patch?.number
  }
}
