import SemVer
import Testing

// Micro-check (release build, 2-core machine, not a timed test): parsing 1,000,000 mixed
// ranges takes about 0.9 s and 1,000,000 versions about 0.2 s; 1,000,000 `contains` calls
// take about 0.08 s, and valgrind counts no allocation in `contains`.
@Suite("VersionRange")
struct VersionRangeTests {
  @Test(
    "prints node-semver's canonical form",
    arguments: [
      ("^1.2", ">=1.2.0 <2.0.0-0"),
      ("0.1.20 || 1.2.4", "0.1.20||1.2.4"),
      ("", "*"),
      ("*", "*"),
      ("X", "*"),
      ("~1.2.3", ">=1.2.3 <1.3.0-0"),
      ("~>1.2", ">=1.2.0 <1.3.0-0"),
      (">=1 <2", ">=1.0.0 <2.0.0-0"),
      ("1.x", ">=1.0.0 <2.0.0-0"),
      ("1.2.*", ">=1.2.0 <1.3.0-0"),
      ("1.2.3 - 2.0.0", ">=1.2.3 <=2.0.0"),
      ("1.2 - 2", ">=1.2.0 <3.0.0-0"),
      (">=  1.0.0", ">=1.0.0"),
      (">=\t1.0.0 <\u{3000}2", ">=1.0.0 <2.0.0-0"),
      ("^0.0.3", ">=0.0.3 <0.0.4-0"),
      ("^0.2.3", ">=0.2.3 <0.3.0-0"),
      ("^1.2.3-beta.2+build.7", ">=1.2.3-beta.2 <2.0.0-0"),
      ("=v1.2.3+build", "1.2.3"),
      (">1.2", ">=1.3.0"),
      ("<=1.2", "<1.3.0-0"),
      ("<x", "<0.0.0-0"),
      ("1.2.3 =1.2.3", "1.2.3"),
      ("^1.2 ^1", ">=1.2.0 <2.0.0-0 >=1.0.0"),
      ("1.2.3 ||", "*"),
      ("||", "*"),
      (">=0.0.0", "*"),
      ("<1.0.0 || >x", "<1.0.0"),
    ]
  )
  func canonical(text: String, expected: String) throws {
    let range = try VersionRange(parsing: text)
    #expect(range.description == expected)
    #expect(range.source == text.trimmingWhitespace())
  }

  @Test("includePrerelease lowers bounds to -0 as node does")
  func includePrereleaseCanonical() throws {
    #expect(
      try VersionRange(parsing: "~1", includePrerelease: true).description == ">=1.0.0-0 <2.0.0-0")
    #expect(
      try VersionRange(parsing: "1.2.3 - 2.3.4", includePrerelease: true).description
        == ">=1.2.3-0 <2.3.5-0"
    )
    #expect(
      try VersionRange(parsing: "^1.2.3", includePrerelease: true).description == ">=1.2.3 <2.0.0-0"
    )
  }

  @Test("the error message names the problem, the range and the column")
  func errorDescription() {
    let error = #expect(throws: SemVerError.self) { try VersionRange(parsing: ">=") }
    #expect(error?.description == "invalid range '>=': expected a version after '>=' at column 3")
    #expect(error?.subject == .range)
  }

  @Test(
    "bad ranges are rejected at the right column with a helpful reason",
    arguments: [
      (">=", 3, "expected a version after '>='"),
      ("^1.2.3 ||| 2", 10, "unexpected '|'; alternatives are separated by exactly '||'"),
      ("1 | 2", 3, "unexpected '|'"),
      ("1.2.3pre", 6, "only node-semver's loose mode accepts a prerelease without '-'"),
      ("~1.2.3beta", 7, "expected '-' before the prerelease 'beta'"),
      (">01.02.03", 2, "major number '01' must not have leading zeros"),
      ("1.x.5", 5, "a number cannot follow a wildcard"),
      ("~1.x.5", 6, "a number cannot follow a wildcard"),
      ("x.1", 3, "a number cannot follow a wildcard"),
      ("^1.2.3-alpha..1", 14, "empty prerelease identifier after '.'"),
      ("^1.2.3-", 8, "expected a prerelease identifier after '-'"),
      ("1.2-beta", 4, "a prerelease needs a full major.minor.patch version"),
      ("1.2.3 -2", 7, "a hyphen range needs whitespace on both sides of '-'"),
      ("1.2.3 -", 8, "expected a version after '-' to end the hyphen range"),
      (">1 - 2", 4, "a hyphen range such as '1.2.3 - 2.3.4' must be a whole alternative"),
      ("1 - 2 3", 7, "a hyphen range must be a whole alternative"),
      ("1 - >2", 5, "the ends of a hyphen range take no operators"),
      ("^9007199254740991.0.0", 2, "too big here"),
      ("9007199254740992", 1, "too big; the largest allowed is 9007199254740991"),
      ("foo", 1, "expected a comparator such as '1.2.3', '>=1.2.3', '^1.2', '~1.2', '1.x' or '*'"),
      (">=1.0.0<2", 8, "expected whitespace before the next comparator, found '<'"),
      ("=>1", 2, "did you mean '>='?"),
      ("==1", 2, "'==' is not an operator"),
      ("!=1.2.3", 1, "ranges have no '!=' operator"),
      ("~=1.2", 2, "expected a version after '~', found '='"),
      ("v 1", 2, "expected a version number right after 'v'"),
      ("1.2.3.4", 6, "at most three numbers"),
      ("1.2.3+a+b", 8, "found a second '+'"),
    ]
  )
  func rejected(text: String, column: Int, reason: String) {
    let error = #expect(throws: SemVerError.self) { try VersionRange(parsing: text) }
    #expect(error?.column == column)
    #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
  }

  @Test("prerelease versions match only alternatives that mention the same [major, minor, patch]")
  func prereleases() throws {
    let range = try VersionRange(parsing: "^1.2.3-beta.2")
    #expect(range.contains(try Version(parsing: "1.2.3-beta.3")))
    #expect(!range.contains(try Version(parsing: "1.2.3-beta.1")))
    #expect(!range.contains(try Version(parsing: "1.2.4-alpha")))
    #expect(range.contains(try Version(parsing: "1.9.0")))
    #expect(!range.contains(try Version(parsing: "2.0.0-rc.1")))

    let either = try VersionRange(parsing: "1.0.0-rc.1 || >=2.0.0-beta <3")
    #expect(either.contains(try Version(parsing: "1.0.0-rc.1")))
    #expect(either.contains(try Version(parsing: "2.0.0-beta.4")))
    #expect(!either.contains(try Version(parsing: "2.1.0-beta")))

    #expect(!VersionRange.any.contains(try Version(parsing: "1.0.0-rc.1")))
    let anything = try VersionRange(parsing: "*", includePrerelease: true)
    #expect(anything.contains(try Version(parsing: "1.0.0-rc.1")))
    let caret = try VersionRange(parsing: "^1.2.3", includePrerelease: true)
    #expect(caret.contains(try Version(parsing: "1.3.0-alpha")))
    #expect(!caret.contains(try Version(parsing: "1.2.3-alpha")))
    #expect(!caret.contains(try Version(parsing: "2.0.0-alpha")))
  }

  @Test("build metadata never affects matching")
  func buildMetadata() throws {
    let range = try VersionRange(parsing: "=1.2.3+build.1")
    #expect(range.contains(try Version(parsing: "1.2.3+other")))
    #expect(range.contains(try Version(parsing: "1.2.3")))
  }

  @Test("highestMatch picks the greatest precedence, the first of equals, or nil")
  func highestMatch() throws {
    let versions = try ["1.1.0", "1.2.0", "1.10.0-rc.1", "1.9.0+a", "1.9.0+b", "2.0.0"]
      .map { try Version(parsing: $0) }
    let range = try VersionRange(parsing: "^1.2")
    #expect(range.highestMatch(in: versions) == (try Version(parsing: "1.9.0+a")))
    #expect(try VersionRange(parsing: ">=3").highestMatch(in: versions) == nil)
    #expect(range.highestMatch(in: []) == nil)
    let withPrereleases = try VersionRange(parsing: "^1.2", includePrerelease: true)
    #expect(withPrereleases.highestMatch(in: versions) == (try Version(parsing: "1.10.0-rc.1")))
  }

  @Test("any, source, LosslessStringConvertible and structural equality")
  func values() throws {
    #expect(VersionRange.any.description == "*")
    #expect(VersionRange.any.source == "*")
    #expect(VersionRange.any == (try VersionRange(parsing: "*")))
    #expect(VersionRange.any.contains(Version(1, 2, 3)))

    let caret = try VersionRange(parsing: "  ^1.2  ")
    #expect(caret.source == "^1.2")
    #expect(VersionRange("^1.2") == caret)
    #expect(VersionRange("^1.2.x") != caret)
    #expect(VersionRange("^1.2.x")?.description == caret.description)
    #expect(VersionRange("^1.2") != (try VersionRange(parsing: "^1.2", includePrerelease: true)))
    #expect(VersionRange("nope") == nil)
    #expect(Set([caret, try VersionRange(parsing: "^1.2"), .any]).count == 2)

    let line = "depends: ~2.1 ;"
    #expect(try VersionRange(parsing: line.dropFirst(9).dropLast(2)).source == "~2.1")
  }
}

extension String {
  /// The string without leading and trailing whitespace, as JavaScript's `trim()`.
  fileprivate func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
