/// The numeric limits node-semver enforces, kept identical so both accept the same versions.
enum NodeLimits {
  /// The largest major, minor or patch number: JavaScript's `Number.MAX_SAFE_INTEGER`.
  static let maxSafeInteger: UInt64 = 9_007_199_254_740_991

  /// The longest version text, in UTF-16 code units as JavaScript counts them.
  static let maxLength = 256
}
