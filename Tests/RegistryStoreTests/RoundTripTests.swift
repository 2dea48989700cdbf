import Foundation
import RegistryModel
import SemVer
import TestSupport
import Testing

@testable import RegistryStore

@Suite struct RoundTripTests {
  static let handWritten = """
    # written by hand, keys in any order
    description = 'Grades and "transcripts"'
    tags = ["zeta", "akademik", "akademik"]
    name = "Sistem Informasi Akademik — UIN Jakarta"

    [[links]]
    kind = "auth"
    to = "sso"
    range = ">=1.2.0 <2"

    [[versions]]
    version = "1.0.0"
    released = "2023-01-15"
    notes = \"\"\"
    first
    release\"\"\"

    [[versions]]
    version = "2.0.0-rc.1+build.5"
    lifecycle = "planned"

    [[links]]
    to = "feeder"
    """

  @Test func parseWriteParseGivesEqualValuesAndTheWrittenFormIsStable() throws {
    let id = try ServiceID(validating: "siakad")
    let unit = try UnitPath(validating: "ptkn/uin-jakarta")
    let first = try ServiceCodec.decode(Self.handWritten, id: id, unit: unit, filePath: "a")
    let written = ServiceCodec.encode(first)
    let second = try ServiceCodec.decode(written, id: id, unit: unit, filePath: "a")
    #expect(first == second)
    #expect(ServiceCodec.encode(second) == written)
    #expect(first.tags == ["akademik", "zeta"])
    #expect(first.versions.map(\.version.description) == ["2.0.0-rc.1+build.5", "1.0.0"])
    #expect(first.links.map(\.target.rawValue) == ["feeder", "sso"])
    #expect(first.versions[1].notes == "first\nrelease")
  }

  @Test(arguments: [
    "quote \" and backslash \\ and tab \t", "newline\nin the middle", "control \u{7} bell",
    "Pesantren — ‘Ṣaḥīḥ’ 漢字 😀", "{braces} <angle> [brackets] = # not a comment",
  ])
  func hostileTextSurvivesTheRoundTrip(_ text: String) throws {
    // A name is one line without terminal controls; a description may hold anything.
    let oneLine = TextRules.problem(in: text, multiline: false) == nil
    let service = Service(
      id: try ServiceID(validating: "x"), unit: try UnitPath(validating: "pusat"),
      name: oneLine ? text : "plain", description: text)
    let decoded = try ServiceCodec.decode(
      ServiceCodec.encode(service), id: service.id, unit: service.unit, filePath: "x")
    #expect(decoded == service)
  }

  @Test func unitsAndSettingsRoundTrip() throws {
    var units: [UnitPath: RegistryModel.Unit] = [:]
    for (path, level) in [("pusat/setjen", UnitLevel.central), ("kanwil/aceh", .provincial)] {
      let unitPath = try UnitPath(validating: path)
      units[unitPath] = RegistryModel.Unit(
        path: unitPath, name: "Unit \"\(path)\"", level: level, aliases: ["A B"])
    }
    let text = UnitsCodec.encode(units)
    #expect(try UnitsCodec.decode(text, filePath: "u") == units)
    let settings = RegistrySettings(
      name: "Kemenag",
      duplicates: DuplicateSettings(
        stopwords: ["kemenag"], acronyms: ["SIAKAD": "sistem informasi akademik"], minimumScore: 0.7
      ))
    let settingsText = SettingsCodec.encode(settings)
    #expect(try SettingsCodec.decode(settingsText, filePath: "r") == settings)
    #expect(settingsText.contains("[duplicates.acronyms]"))
  }

  @Test func aNewerSchemaIsRefused() throws {
    #expect(throws: StoreError.self) {
      try SettingsCodec.decode("name = \"x\"\nschema = 99\n", filePath: "registry.toml")
    }
  }
}

/// One-line fields in a hand-edited file refuse what would act on a terminal or forge a line,
/// each at its place.
@Suite struct OneLineFieldTests {
  @Test(arguments: [
    ("name = \"a\\u001b[2Jb\"\n", 1, "U+001B (ESC)"),
    ("name = \"a\"\ntags = [\"ok\", \"x\\ny\"]\n", 2, "one line"),
    ("name = \"a\"\nurl = \"https://x/\\u202e\"\n", 2, "bidirectional"),
    ("name = \"\"\"\na\nb\"\"\"\n", 1, "one line"),
  ])
  func aServiceFileWithControlsInAOneLineFieldIsBroken(
    _ text: String, _ line: Int, _ fragment: String
  ) throws {
    #expect {
      try ServiceCodec.decode(
        text, id: try ServiceID(validating: "x"), unit: try UnitPath(validating: "pusat"),
        filePath: "x.toml")
    } throws: { error in
      guard let error = error as? StoreError, let location = error.location else { return false }
      return location.line == line && "\(error)".contains(fragment)
    }
  }

  @Test func aUnitNameWithAnEscapeBreaksUnitsToml() {
    let text = "[[units]]\npath = \"pusat\"\nname = \"P\\u001b]0;owned\\u0007\"\n"
    #expect {
      try UnitsCodec.decode(text, filePath: "units.toml")
    } throws: { error in
      (error as? StoreError)?.location?.line == 3
    }
  }

  @Test func descriptionsKeepEveryLine() throws {
    let text = "name = \"a\"\ndescription = \"one\\ntwo\\u001b\"\n"
    let service = try ServiceCodec.decode(
      text, id: try ServiceID(validating: "x"), unit: try UnitPath(validating: "pusat"),
      filePath: "x.toml")
    #expect(service.description == "one\ntwo\u{1B}")
  }
}

/// Inputs the fuzzer found that read but did not survive a rewrite: each is now refused where
/// it stands, by both readers.
@Suite struct FuzzFoundTests {
  @Test(arguments: [
    ("name = \"o\"\ndeprecation = { reason = \"r\", replaced-by = \"sso@ \" }\n", 2),
    ("name=\"o\"\n[[links]]\nto=\"g\"\nrange=\"\"", 4),
    ("name = \"o\"\n\n[[links]]\nto = \"g\"\nrange = \" \"\n", 5),
    ("name = \"o\"\n\n[[links]]\nto = \"g\"\nrange = \"\\uFEFF\"\n", 5),
  ])
  func aBlankRangeIsRefusedAtItsLine(_ text: String, _ line: Int) throws {
    #expect {
      try ServiceCodec.decode(
        text, id: try ServiceID(validating: "o"), unit: try UnitPath(validating: "p"),
        filePath: "o.toml")
    } throws: { error in
      (error as? StoreError)?.location?.line == line
    }
  }
}
