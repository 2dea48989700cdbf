import Foundation

/// The options of a node-semver fixture row, read the way node-semver's `parseOptions` does.
///
/// A falsy value means no options; any other non-object (`true`, `123`, `"/asdf/"`) means
/// `{ loose: true }`; an object is used as it is. Flags count when JavaScript-truthy.
struct NodeOptions: CustomStringConvertible {
  /// Whether the row is for node-semver's loose mode, which this package does not support.
  var loose = false

  /// Whether prerelease versions match ordinary comparators.
  var includePrerelease = false

  /// Reads the options column of a row, which may be missing (nil).
  init(_ raw: Any?) {
    guard Self.isTruthy(raw) else { return }
    switch raw {
    case let object as [String: Any]:
      loose = Self.isTruthy(object["loose"])
      includePrerelease = Self.isTruthy(object["includePrerelease"])
    case is [Any]:
      // An array is an object to JavaScript, and has neither flag.
      break
    default:
      loose = true
    }
  }

  /// Whether the row belongs to the strict core: neither loose nor includePrerelease.
  var isStrict: Bool {
    !loose && !includePrerelease
  }

  var description: String {
    "loose: \(loose), includePrerelease: \(includePrerelease)"
  }

  /// JavaScript truthiness of a value decoded by `JSONSerialization`.
  static func isTruthy(_ value: Any?) -> Bool {
    switch value {
    case nil, is NSNull:
      return false
    case let string as String:
      return !string.isEmpty
    case let number as NSNumber:
      return number.doubleValue != 0 && !number.doubleValue.isNaN
    default:
      return true
    }
  }
}
