import Foundation
import Testing

/// The node-semver fixture files copied into `Fixtures/node-semver` (see its README.md).
enum NodeSemverFixture: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case rangeInclude = "range-include.json"
  case rangeExclude = "range-exclude.json"
  case rangeParse = "range-parse.json"
  case comparisons = "comparisons.json"
  case equality = "equality.json"
  case validVersions = "valid-versions.json"
  case invalidVersions = "invalid-versions.json"

  var testDescription: String {
    rawValue
  }

  /// Whether the file has non-loose `includePrerelease` rows that must run too.
  var hasIncludePrereleaseRows: Bool {
    switch self {
    case .rangeInclude, .rangeExclude, .rangeParse: true
    default: false
    }
  }

  /// The rows of the file, each a JSON array decoded by `JSONSerialization`.
  func rows() throws -> [[Any]] {
    let url = try #require(
      Bundle.module.url(
        forResource: rawValue,
        withExtension: nil,
        subdirectory: "Fixtures/node-semver"
      ),
      "\(rawValue) is missing from the test bundle"
    )
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(json as? [[Any]], "\(rawValue) is not an array of arrays")
  }

  /// A row as compact JSON, to quote it in a failure.
  static func quote(_ row: [Any]) -> String {
    let options: JSONSerialization.WritingOptions = [.fragmentsAllowed, .withoutEscapingSlashes]
    guard let data = try? JSONSerialization.data(withJSONObject: row, options: options) else {
      return "\(row)"
    }
    return String(decoding: data, as: UTF8.self)
  }
}
