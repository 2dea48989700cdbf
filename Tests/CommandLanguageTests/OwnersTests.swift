import CommandLanguage
import Foundation
import TestSupport
import Testing

/// Owners and contacts: set by `register` and `update`, shown, listed by `list --owner`, found
/// by `find`, imported from an inventory's own columns, and `no-owner` under `check --strict`.
@Suite struct OwnersTests {
  static func session() throws -> (TemporaryDirectory, Session) {
    let folder = try RegistryFixture.make(
      units: [],
      services: [
        "pusat/pusdatin": ["sso": RegistryFixture.service("SSO")],
        "ptkn/uin-jakarta": ["siakad": RegistryFixture.service("Akademik")],
      ])
    try folder.write(
      """
      [[units]]
      path = "pusat"
      name = "Kantor Pusat"
      level = "central"

      [[units]]
      path = "pusat/pusdatin"
      name = "Pusat Data dan Informasi"
      level = "central"
      aliases = ["Pusdatin"]

      [[units]]
      path = "ptkn/uin-jakarta"
      name = "UIN Jakarta"
      level = "university"

      """, to: "units.toml")
    return (folder, try Session(options: SessionOptions(registryPath: folder.path, actor: "t")))
  }

  @Test func anOwnerThatNamesAUnitIsKeptAsItsPathAndATeamAsWritten() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let registered = session.execute(
      line: "register simpeg --name SIMPEG --unit pusat --owner pusdatin "
        + "--contact 'Budi Santoso <budi@kemenag.go.id> +62 21 3811642' --contact 'Helpdesk 1500'")
    #expect(registered.exitStatus == 0, "\(registered.errorOutput)")
    let file = try String(
      contentsOfFile: folder.file("services/pusat/simpeg.toml"), encoding: .utf8)
    #expect(
      file == """
        name = "SIMPEG"
        kind = "application"
        lifecycle = "active"
        owner = "pusat/pusdatin"

        [[contacts]]
        name = "Budi Santoso"
        email = "budi@kemenag.go.id"
        phone = "+62 21 3811642"

        [[contacts]]
        name = "Helpdesk"
        phone = "1500"

        """)
    let shown = session.execute(line: "show simpeg").output
    #expect(shown.contains("  owner:       pusat/pusdatin (Pusat Data dan Informasi)\n"))
    #expect(
      shown.contains(
        "  contacts:    Budi Santoso <budi@kemenag.go.id> +62 21 3811642\n"
          + "               Helpdesk 1500\n"))
    #expect(session.execute(line: "update siakad --owner 'Tim PTIPD'").exitStatus == 0)
    #expect(session.execute(line: "show siakad").output.contains("  owner:       Tim PTIPD\n"))
    let json = session.execute(line: "show simpeg --json").output
    #expect(
      json.contains(
        "\"owner\":\"pusat/pusdatin\",\"contacts\":[{\"name\":\"Budi Santoso\","
          + "\"email\":\"budi@kemenag.go.id\",\"phone\":\"+62 21 3811642\"}"))
  }

  @Test func updateAddsReplacesAndRemovesContactsAndClearsTheOwner() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(
      session.execute(line: "update sso --owner pusat/pusdatin --add-contact 'Ani <ani@x.id>'")
        .exitStatus == 0)
    #expect(
      session.execute(
        line: "update sso --add-contact 'Ani Rahma <ANI@x.id> 021 555' "
          + "--add-contact 'Budi'"
      ).exitStatus == 0)
    var shown = session.execute(line: "show sso").output
    #expect(shown.contains("contacts:    Ani Rahma <ANI@x.id> 021 555\n               Budi\n"))
    let missing = session.execute(line: "update sso --remove-contact nobody@x.id")
    #expect(missing.exitStatus == 1)
    #expect(missing.errorOutput.contains("service 'sso' has no contact with that name"))
    #expect(
      session.execute(line: "update sso --remove-contact ani@x.id --owner ''").exitStatus == 0)
    shown = session.execute(line: "show sso").output
    #expect(shown.contains("contacts:    Budi\n"))
    #expect(!shown.contains("owner:"))
    let bad = session.execute(line: "update sso --add-contact 'Budi <budi>'")
    #expect(bad.exitStatus == 2 || bad.exitStatus == 1)
    #expect(bad.errorOutput.contains("invalid e-mail address 'budi'"))
  }

  @Test func listByOwnerTakesAUnitWithTheUnitsInsideItOrATeam() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(session.execute(line: "update sso --owner Pusdatin").exitStatus == 0)
    #expect(session.execute(line: "update siakad --owner 'Tim PTIPD'").exitStatus == 0)
    func ids(_ line: String) -> [String] {
      session.execute(line: line).output.split(separator: "\n").map {
        String($0.prefix { $0 != " " })
      }
    }
    #expect(ids("list --owner pusat --no-header") == ["sso"])
    #expect(ids("list --owner 'tim ptipd' --no-header") == ["siakad"])
    let typo = session.execute(line: "list --owner 'Tim PTPID'")
    #expect(typo.exitStatus == 1)
    #expect(typo.errorOutput.contains("did you mean 'Tim PTIPD'?"), "\(typo.errorOutput)")
    #expect(session.execute(line: "find ptipd").output.contains("siakad"))
    #expect(session.execute(line: "list --json").output.contains("\"owner\":\"Tim PTIPD\""))
  }

  @Test func checkStrictListsEveryServiceThatIsNotRetiredAndNamesNoOwner() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(!session.execute(line: "check").output.contains("no-owner"))
    var strict = session.execute(line: "check --strict")
    #expect(strict.exitStatus == 1)
    #expect(
      strict.output.contains(
        "warning [no-owner] siakad names no owner; set one with 'update siakad --owner UNIT|TEAM'"),
      "\(strict.output)")
    #expect(session.execute(line: "update siakad --owner 'Tim PTIPD'").exitStatus == 0)
    #expect(session.execute(line: "retire sso").exitStatus == 0)
    strict = session.execute(line: "check --strict")
    #expect(!strict.output.contains("no-owner"), "\(strict.output)")
  }

  @Test func anInventorysOwnerAndContactColumnsAreImported() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    try folder.write(
      """
      nama_aplikasi,unit_kerja,penanggung_jawab,narahubung,email,no_hp
      SIMKA,pusat,Pusdatin,Budi Santoso,budi@kemenag.go.id,0812-3456-7890
      e-Arsip,pusat,Tim Arsip,,,
      SIMAK,pusat,,Ani,ani@@x,
      """, to: "inventaris.csv")
    let refused = session.execute(line: "import csv \(folder.file("inventaris.csv"))")
    #expect(refused.exitStatus == 1)
    #expect(
      refused.errorOutput.contains("inventaris.csv:4: error: invalid e-mail address 'ani@@x'"))
    try folder.write(
      """
      nama_aplikasi,unit_kerja,penanggung_jawab,narahubung,email,no_hp
      SIMKA,pusat,Pusdatin,Budi Santoso,budi@kemenag.go.id,0812-3456-7890
      e-Arsip,pusat,Tim Arsip,,,
      """, to: "inventaris.csv")
    let imported = session.execute(line: "import csv \(folder.file("inventaris.csv"))")
    #expect(imported.exitStatus == 0, "\(imported.errorOutput)")
    let simka = session.execute(line: "show simka").output
    #expect(simka.contains("owner:       pusat/pusdatin (Pusat Data dan Informasi)"))
    #expect(simka.contains("contacts:    Budi Santoso <budi@kemenag.go.id> 0812-3456-7890"))
    #expect(session.execute(line: "show e-arsip").output.contains("owner:       Tim Arsip"))
  }
}
