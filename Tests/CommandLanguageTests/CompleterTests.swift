import RegistryModel
import SemVer
import Testing

@testable import CommandLanguage

@Suite struct CompleterTests {
  static func registry() throws -> Registry {
    let unit = try UnitPath(validating: "ptkn/uin-jakarta")
    var registry = Registry(
      settings: RegistrySettings(name: "t"),
      units: [unit: RegistryModel.Unit(path: unit, name: "UIN", level: .university)])
    for id in ["siakad-uin-jakarta", "siakad-uin-malang", "sso-uin-jakarta"] {
      try registry.register(Service(id: try ServiceID(validating: id), unit: unit, name: id))
    }
    try registry.addVersion(
      ServiceVersion(Version(1, 2, 0)), to: try ServiceID(validating: "siakad-uin-jakarta"))
    try registry.addVersion(
      ServiceVersion(Version(1, 3, 1)), to: try ServiceID(validating: "siakad-uin-jakarta"))
    return registry
  }

  @Test(arguments: [
    ("reg", ["register"]),
    ("un", ["undeprecate", "undo", "units", "unlink", "unretire"]),
    ("show siakad-uin-", ["siakad-uin-jakarta", "siakad-uin-malang"]),
    ("show siakad-uin-jakarta@1.", ["siakad-uin-jakarta@1.2.0", "siakad-uin-jakarta@1.3.1"]),
    ("list --lifecycle dep", ["deprecated"]),
    ("list --u", ["--unit"]),
    ("register x --unit ptkn/", ["ptkn/uin-jakarta"]),
    ("link siakad-uin-jakarta s", ["siakad-uin-jakarta", "siakad-uin-malang", "sso-uin-jakarta"]),
    ("help li", ["link", "list"]),
    ("register x --tag a --t", ["--tag"]),
    ("nonsense ", []),
  ])
  func completes(_ line: String, _ expected: [String]) throws {
    let completer = Completer(table: .standard, registry: try Self.registry())
    #expect(completer.complete(line).candidates == expected)
  }
}
