/// One dot-separated part of a prerelease, such as `alpha` or `1` in `1.0.0-alpha.1`.
///
/// Numeric identifiers sort below alphanumeric ones and compare by value; alphanumeric ones
/// compare by their ASCII bytes (semver.org §11.4).
public enum PrereleaseIdentifier: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// An identifier made only of digits, without leading zeros.
  case numeric(UInt64)

  /// An identifier with at least one letter or hyphen, such as `rc1` or `x-y`.
  case alphanumeric(String)

  /// The identifier as written in a version, such as `"rc1"` or `"7"`.
  public var description: String {
    switch self {
    case .numeric(let value): String(value)
    case .alphanumeric(let text): text
    }
  }

  /// Whether `lhs` has lower precedence than `rhs`; O(length of the shorter identifier).
  public static func < (lhs: PrereleaseIdentifier, rhs: PrereleaseIdentifier) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// Orders two identifiers by semver precedence, returning -1, 0 or 1.
  static func compare(_ lhs: PrereleaseIdentifier, _ rhs: PrereleaseIdentifier) -> Int {
    switch (lhs, rhs) {
    case (.numeric(let left), .numeric(let right)):
      return left == right ? 0 : (left < right ? -1 : 1)
    case (.numeric, .alphanumeric):
      return -1
    case (.alphanumeric, .numeric):
      return 1
    case (.alphanumeric(let left), .alphanumeric(let right)):
      // Byte order, as JavaScript's `<` on ASCII strings, rather than String's Unicode order.
      var leftBytes = left.utf8.makeIterator()
      var rightBytes = right.utf8.makeIterator()
      while true {
        switch (leftBytes.next(), rightBytes.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let leftByte?, let rightByte?):
          if leftByte != rightByte { return leftByte < rightByte ? -1 : 1 }
        }
      }
    }
  }
}
