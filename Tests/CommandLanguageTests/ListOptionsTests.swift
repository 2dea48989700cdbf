import CommandLanguage
import Foundation
import TestSupport
import Testing

/// `list --sort FIELD --limit N --no-header`: long lists cut to what is wanted.
@Suite struct ListOptionsTests {
  static func session() throws -> (TemporaryDirectory, Session) {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen", "ptkn/uin-jakarta"],
      services: [
        "pusat/setjen": [
          "c-sso": RegistryFixture.service("Zeta SSO", versions: ["2.0.0"]),
          "a-mail": RegistryFixture.service(
            "beta mail", lifecycle: "deprecated", versions: ["1.0.0"]),
        ],
        "ptkn/uin-jakarta": [
          "b-siakad": RegistryFixture.service("Alpha Akademik", versions: ["10.1.0"]),
          "d-web": RegistryFixture.service("Gamma Web", lifecycle: "planned"),
        ],
      ])
    return (folder, try Session(options: SessionOptions(registryPath: folder.path, actor: "t")))
  }

  static func ids(_ text: String) -> [String] {
    text.split(separator: "\n").compactMap { line in
      let first = line.split(separator: " ").first.map(String.init) ?? ""
      return first.contains("-") ? first : nil
    }
  }

  @Test(arguments: [
    ("list", ["a-mail", "b-siakad", "c-sso", "d-web"]),
    ("list --sort name", ["b-siakad", "a-mail", "d-web", "c-sso"]),
    ("list --sort unit", ["b-siakad", "d-web", "a-mail", "c-sso"]),
    ("list --sort lifecycle", ["d-web", "b-siakad", "c-sso", "a-mail"]),
    ("list --sort version", ["b-siakad", "c-sso", "a-mail", "d-web"]),
  ])
  func sortsByTheFieldAskedThenById(line: String, expected: [String]) throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let result = session.execute(line: line)
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(Self.ids(result.output) == expected)
  }

  @Test func limitShowsTheFirstAndSaysOfHowMany() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let result = session.execute(line: "list --sort name --limit 2")
    #expect(Self.ids(result.output) == ["b-siakad", "a-mail"])
    #expect(result.output.hasSuffix("2 of 4 services\n"))
    let json = session.execute(line: "list --limit 1 --json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect((document["services"] as? [Any])?.count == 1)
    #expect(document["total"] as? Int == 4)
  }

  @Test func noHeaderLeavesOnlyTheRows() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let result = session.execute(line: "list --no-header --unit ptkn")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.hasPrefix("b-siakad") || $0.hasPrefix("d-web") })
  }

  @Test(arguments: ["list --sort colour", "list --limit 0", "list --limit many"])
  func badValuesAreUsageErrors(line: String) throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let result = session.execute(line: line)
    #expect(result.exitStatus == 2, "\(result.output)")
  }
}
