import Foundation
import Testing

/// A test target's golden files, in the `Golden/` folder beside its sources and copied into
/// its bundle: the exact bytes an exporter or report must give.
///
/// After an intended change to a format, regenerate them with
///
///     SVCREG_UPDATE_GOLDEN=1 swift test --filter GoldenTests
///
/// which rewrites the files in the source tree (the tests then pass); review `git diff` of the
/// `Golden/` folders before committing.
public struct GoldenFiles: Sendable {
  /// Whether this run rewrites the golden files instead of comparing with them.
  public static let updating =
    ProcessInfo.processInfo.environment["SVCREG_UPDATE_GOLDEN"] == "1"

  /// The test bundle's resources, which hold `Golden/`.
  let resources: URL?

  /// The golden files in `resources` (a test target's `Bundle.module.resourceURL`).
  public init(resources: URL?) {
    self.resources = resources
  }

  /// Expects `bytes` to equal the golden file `name`, or rewrites it when updating.
  public func expect(
    _ bytes: [UInt8], matches name: String, sourceFile: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if Self.updating {
      let folder = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
        .appendingPathComponent("Golden")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(bytes).write(to: folder.appendingPathComponent(name))
      return
    }
    let url = try #require(
      resources?.appendingPathComponent("Golden/\(name)"),
      sourceLocation: sourceLocation)
    let expected = try [UInt8](Data(contentsOf: url))
    if bytes != expected {
      let line = Self.firstDifferentLine(bytes, expected)
      let message =
        "\(name) differs from its golden file at line \(line.number):\n"
        + "  got:      \(line.got)\n  expected: \(line.expected)\n"
        + "(regenerate with SVCREG_UPDATE_GOLDEN=1 if the change is intended)"
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  private static func firstDifferentLine(_ got: [UInt8], _ expected: [UInt8]) -> (
    number: Int, got: String, expected: String
  ) {
    let left = String(decoding: got, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let right = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
      let a = index < left.count ? String(left[index]) : "<end>"
      let b = index < right.count ? String(right[index]) : "<end>"
      if a != b { return (index + 1, a, b) }
    }
    return (0, "", "")
  }
}
