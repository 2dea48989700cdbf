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
    let service = Service(
      id: try ServiceID(validating: "x"), unit: try UnitPath(validating: "pusat"), name: text,
      description: text)
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
