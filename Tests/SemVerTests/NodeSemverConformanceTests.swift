import Foundation
import SemVer
import Testing

/// Runs every strict (and non-loose `includePrerelease`) row of node-semver's fixtures.
///
/// Loose rows are skipped: loose mode is not supported. Rows are classified the way
/// node-semver's `parseOptions` reads their options column (see `NodeOptions`).
@Suite("node-semver conformance")
struct NodeSemverConformanceTests {
  @Test("every strict row passes", arguments: NodeSemverFixture.allCases)
  func fixture(_ fixture: NodeSemverFixture) throws {
    var tally = RowTally()
    for (index, row) in try fixture.rows().enumerated() {
      let context = "\(fixture.rawValue) row \(index + 1): \(NodeSemverFixture.quote(row))"
      switch fixture {
      case .rangeInclude: checkRange(row, satisfied: true, context, &tally)
      case .rangeExclude: checkRange(row, satisfied: false, context, &tally)
      case .rangeParse: checkParse(row, context, &tally)
      case .comparisons: checkComparison(row, context, &tally)
      case .equality: checkEquality(row, context, &tally)
      case .validVersions: checkValid(row, context, &tally)
      case .invalidVersions: checkInvalid(row, context, &tally)
      }
    }
    #expect(tally.strict > 0, "\(fixture.rawValue): no strict row ran")
    if fixture.hasIncludePrereleaseRows {
      #expect(tally.includePrerelease > 0, "\(fixture.rawValue): no includePrerelease row ran")
    }
  }

  /// `[range, version, options?]`: whether `version` satisfies `range`.
  private func checkRange(
    _ row: [Any],
    satisfied: Bool,
    _ context: String,
    _ tally: inout RowTally
  ) {
    let options = NodeOptions(row.count > 2 ? row[2] : nil)
    guard tally.admit(options) else { return }
    guard let text = row.first as? String,
      let range = parseRange(text, options, context)
    else { return }
    // node's `satisfies` is false for a version it cannot parse, such as `false` or "glorp".
    guard let versionText = row[1] as? String, let version = try? Version(parsing: versionText)
    else {
      #expect(!satisfied, "\(context): the version does not parse")
      return
    }
    #expect(
      range.contains(version) == satisfied,
      "\(context): parsed as '\(range)', contains() should be \(satisfied)"
    )
  }

  /// `[range, canonical, options?]`: the canonical form, or `null` when the range is invalid.
  private func checkParse(_ row: [Any], _ context: String, _ tally: inout RowTally) {
    let options = NodeOptions(row.count > 2 ? row[2] : nil)
    guard tally.admit(options), let text = row.first as? String else { return }
    guard let expected = row[1] as? String else {
      #expect(
        throws: SemVerError.self,
        "\(context): should be rejected",
        performing: {
          try VersionRange(parsing: text, includePrerelease: options.includePrerelease)
        }
      )
      return
    }
    guard let range = parseRange(text, options, context) else { return }
    #expect(range.description == expected, "\(context)")
    #expect(range.source == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(context)")
    let reparsed = try? VersionRange(
      parsing: expected, includePrerelease: options.includePrerelease)
    #expect(reparsed?.description == expected, "\(context): the canonical form should re-parse")
  }

  /// `[v1, v2, options?]`: `v1` has higher precedence than `v2`.
  private func checkComparison(_ row: [Any], _ context: String, _ tally: inout RowTally) {
    let options = NodeOptions(row.count > 2 ? row[2] : nil)
    guard tally.admit(options), let (high, low) = parsePair(row, context) else { return }
    #expect(high.compareByPrecedence(low) == 1, "\(context)")
    #expect(low.compareByPrecedence(high) == -1, "\(context)")
    #expect(high > low && low < high && high >= low && low <= high, "\(context)")
    #expect(high != low, "\(context)")
  }

  /// `[v1, v2, loose?]`: both have the same precedence (build metadata is ignored).
  private func checkEquality(_ row: [Any], _ context: String, _ tally: inout RowTally) {
    let options = NodeOptions(row.count > 2 ? row[2] : nil)
    guard tally.admit(options), let (left, right) = parsePair(row, context) else { return }
    #expect(left.compareByPrecedence(right) == 0, "\(context)")
    #expect(right.compareByPrecedence(left) == 0, "\(context)")
    #expect(!(left < right) && !(right < left), "\(context)")
  }

  /// `[v, major, minor, patch, prerelease[], build[]]`: the parts of a valid version.
  private func checkValid(_ row: [Any], _ context: String, _ tally: inout RowTally) {
    guard tally.admit(NodeOptions(nil)), row.count == 6, let text = row[0] as? String else {
      Issue.record("\(context): unexpected row shape")
      return
    }
    let version: Version
    do {
      version = try Version(parsing: text)
    } catch {
      Issue.record("\(context): threw \(error)")
      return
    }
    let core = [row[1], row[2], row[3]].map { ($0 as? NSNumber)?.uint64Value }
    #expect([version.major, version.minor, version.patch] == core, "\(context)")
    let prerelease = (row[4] as? [Any] ?? []).map { part -> PrereleaseIdentifier in
      if let number = part as? NSNumber, !(part is String) { return .numeric(number.uint64Value) }
      return .alphanumeric("\(part)")
    }
    #expect(version.prerelease == prerelease, "\(context)")
    #expect(version.build == (row[5] as? [String] ?? []), "\(context)")
    #expect((try? Version(parsing: version.description)) == version, "\(context): round trip")
  }

  /// `[value, reason]`: the value must be rejected, for the stated reason where it is precise.
  private func checkInvalid(_ row: [Any], _ context: String, _ tally: inout RowTally) {
    guard tally.admit(NodeOptions(nil)), let text = row.first as? String else { return }
    let error = #expect(throws: SemVerError.self, "\(context)") { try Version(parsing: text) }
    if let reason = row.last as? String, reason == "too long" || reason == "too big" {
      #expect(error?.reason.contains(reason) == true, "\(context): \(String(describing: error))")
    }
  }

  /// Parses `text` as a range with the row's options, recording a failure if it throws.
  private func parseRange(
    _ text: String,
    _ options: NodeOptions,
    _ context: String
  ) -> VersionRange? {
    do {
      return try VersionRange(parsing: text, includePrerelease: options.includePrerelease)
    } catch {
      Issue.record("\(context): the range should parse, but: \(error)")
      return nil
    }
  }

  /// Parses the first two columns as versions, recording a failure if either throws.
  private func parsePair(_ row: [Any], _ context: String) -> (Version, Version)? {
    do {
      return (
        try Version(parsing: row[0] as? String ?? ""),
        try Version(parsing: row[1] as? String ?? "")
      )
    } catch {
      Issue.record("\(context): both versions should parse, but: \(error)")
      return nil
    }
  }
}
