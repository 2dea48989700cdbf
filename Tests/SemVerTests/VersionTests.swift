import SemVer
import Testing

@Suite("Version")
struct VersionTests {
  /// semver.org §11: each version has lower precedence than the next.
  static let precedenceOrder = [
    "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
    "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1",
  ]

  @Test("semver.org §11 precedence examples, pairwise and sorted")
  func precedence() throws {
    let versions = try Self.precedenceOrder.map { try Version(parsing: $0) }
    for (lower, higher) in zip(versions, versions.dropFirst()) {
      #expect(lower < higher, "\(lower) < \(higher)")
      #expect(lower.compareByPrecedence(higher) == -1)
      #expect(higher.compareByPrecedence(lower) == 1)
    }
    #expect(versions.reversed().sorted() == versions)
  }

  @Test("build metadata is ignored by precedence but not by ==")
  func buildMetadata() throws {
    let first = try Version(parsing: "1.0.0+20130313144700")
    let second = try Version(parsing: "1.0.0+exp.sha.5114f85")
    #expect(first.compareByPrecedence(second) == 0)
    #expect(!(first < second) && !(second < first))
    #expect(first != second)
    #expect(first == (try Version(parsing: "1.0.0+20130313144700")))
  }

  @Test("numeric identifiers sort numerically and below alphanumeric ones, ASCII otherwise")
  func identifierOrder() {
    #expect(PrereleaseIdentifier.numeric(2) < .numeric(11))
    #expect(PrereleaseIdentifier.numeric(99) < .alphanumeric("1a"))
    #expect(PrereleaseIdentifier.alphanumeric("R2") < .alphanumeric("r100"))
    #expect(PrereleaseIdentifier.alphanumeric("r100") < .alphanumeric("r2"))
    #expect(PrereleaseIdentifier.alphanumeric("alpha") < .alphanumeric("alpha-1"))
  }

  @Test("parts, canonical printing and the memberwise initialiser")
  func printing() throws {
    let version = try Version(parsing: "  v1.2.3-alpha.1+build.05\t")
    #expect(version.major == 1 && version.minor == 2 && version.patch == 3)
    #expect(version.prerelease == [.alphanumeric("alpha"), .numeric(1)])
    #expect(version.build == ["build", "05"])
    #expect(version.isPrerelease)
    #expect(version.description == "1.2.3-alpha.1+build.05")
    #expect(Version(1, 2, 3).description == "1.2.3")
    #expect(!Version(1, 2, 3).isPrerelease)
    let built = Version(1, 2, 3, prerelease: [.alphanumeric("alpha"), .numeric(1)], build: ["b"])
    #expect(built.description == "1.2.3-alpha.1+b")
    #expect(Version("1.2.3-alpha.1+b") == built)
    #expect(Version("1.2") == nil)
  }

  @Test("node's limits: 2^53 - 1 for numbers, 2^64 - 1 for numeric prerelease identifiers")
  func limits() throws {
    #expect(try Version(parsing: "9007199254740991.0.0").major == 9_007_199_254_740_991)
    let prerelease = try Version(parsing: "1.0.0-18446744073709551615").prerelease
    #expect(prerelease == [.numeric(.max)])
    let error = #expect(throws: SemVerError.self) {
      try Version(parsing: String(repeating: "1", count: 255) + ".0.0")
    }
    #expect(error?.reason.contains("too long") == true)
    #expect(error?.column == 257)
  }

  @Test("the error message names the problem, the input and the column")
  func errorDescription() {
    let error = #expect(throws: SemVerError.self) { try Version(parsing: "1.2") }
    #expect(
      error?.description == "invalid version '1.2': expected '.' and a patch number at column 4")
    #expect(error?.subject == .version)
    #expect(error?.input == "1.2")
  }

  @Test(
    "bad versions are rejected at the right column with a helpful reason",
    arguments: [
      ("1.2", 4, "expected '.' and a patch number"),
      ("01.2.3", 1, "major number '01' must not have leading zeros"),
      ("1.02.3", 3, "minor number '02' must not have leading zeros"),
      ("1.2.3-", 7, "expected a prerelease identifier after '-', found the end"),
      ("1.2.3-01", 7, "numeric prerelease identifier '01' must not have leading zeros"),
      ("a.b.c", 1, "expected a version like '1.2.3', found 'a'"),
      ("1.2.3-alpha..1", 13, "empty prerelease identifier after '.'"),
      ("1.2.3-alpha.", 13, "empty prerelease identifier after '.', found the end"),
      ("1.2.3+", 7, "expected a build metadata identifier after '+'"),
      ("1.2.3+a..b", 9, "empty build metadata identifier"),
      ("1.2.3pre", 6, "expected '-' before the prerelease 'pre'; only node-semver's loose mode"),
      ("=1.2.3", 1, "operators such as '=' belong to ranges"),
      ("V1.2.3", 1, "only a lowercase 'v'"),
      ("v 1.2.3", 2, "expected a major number right after 'v', found a space"),
      ("1.x.3", 3, "wildcards such as 'x' belong to ranges"),
      ("1.2.3.4", 6, "a version has at most three numbers"),
      ("1.2.3 4", 6, "found a space; a version cannot contain whitespace"),
      ("1.2.3-al_pha", 9, "found '_' in the prerelease; identifiers may contain only"),
      ("1.2.3+a+b", 8, "found a second '+'"),
      ("", 1, "expected a version like '1.2.3', found nothing"),
      ("  ", 3, "found nothing"),
      ("9007199254740992.0.0", 1, "major number 9007199254740992 is too big"),
      ("0.0.90071992547409910", 5, "patch number 90071992547409910 is too big"),
      ("1.0.0-18446744073709551616", 7, "numeric prerelease identifier 18446744073709551616 is "),
      // Columns count characters, not bytes: the ideographic space is three UTF-8 bytes.
      ("\u{3000}1.2", 5, "expected '.' and a patch number"),
      ("1.2.3-é", 7, "expected a prerelease identifier after '-', found 'é'"),
    ]
  )
  func rejected(input: String, column: Int, reason: String) {
    let error = #expect(throws: SemVerError.self) { try Version(parsing: input) }
    #expect(error?.column == column)
    #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
  }

  @Test("parses from a Substring")
  func substring() throws {
    let line = "version = 2.0.0-rc.1;"
    let text = line.dropFirst(10).dropLast()
    #expect(
      try Version(parsing: text)
        == Version(2, 0, 0, prerelease: [.alphanumeric("rc"), .numeric(1)]))
  }
}
