import CommandLanguage
import Foundation
import TestSupport
import Testing

/// `unretire` and `delete`: ways back from a retirement, and out of the registry altogether.
@Suite struct WayBackTests {
  static func session() throws -> (TemporaryDirectory, Session) {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "sso": RegistryFixture.service("SSO", versions: ["1.0.0", "2.0.0"]),
          "siakad": RegistryFixture.service("Akademik", links: ["sso"]),
          "draft": RegistryFixture.service("Draft", lifecycle: "planned"),
        ]
      ])
    return (folder, try Session(options: SessionOptions(registryPath: folder.path, actor: "t")))
  }

  static func lifecycle(_ session: inout Session, _ id: String) throws -> String? {
    let shown = session.execute(line: "show \(id) --json")
    let document = try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any]
    return (document?["service"] as? [String: Any])?["lifecycle"] as? String
  }

  @Test func aRetiredServiceComesBackActiveAndItsVersionsOnRequest() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(session.execute(line: "retire sso --force").exitStatus == 0)
    let back = session.execute(line: "unretire sso")
    #expect(back.exitStatus == 0, "\(back.errorOutput)")
    #expect(back.output.hasPrefix("unretired sso"))
    #expect(try Self.lifecycle(&session, "sso") == "active")
    // Its versions stay retired until named.
    let versions = session.execute(line: "versions sso")
    #expect(versions.output.contains("retired"))
    #expect(session.execute(line: "unretire sso@^2").exitStatus == 0)
    let after = session.execute(line: "versions sso --json").output
    #expect(after.contains("\"version\":\"2.0.0\",\"lifecycle\":\"active\""))
    #expect(after.contains("\"version\":\"1.0.0\",\"lifecycle\":\"retired\""))
    let again = session.execute(line: "unretire sso")
    #expect(again.exitStatus == 1)
    #expect(again.errorOutput.contains("service 'sso' is active and cannot become active"))
  }

  @Test func deleteIsRefusedWhileLinkedToUnlessForced() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let file = folder.file("services/pusat/setjen/sso.toml")
    let refused = session.execute(line: "delete sso")
    #expect(refused.exitStatus == 1)
    #expect(
      refused.errorOutput.contains(
        "service 'sso' is still linked to or named as a replacement by siakad"))
    #expect(FileManager.default.fileExists(atPath: file))
    let forced = session.execute(line: "delete sso --force")
    #expect(forced.exitStatus == 0, "\(forced.errorOutput)")
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(session.execute(line: "check").output.contains("[missing-target]"))
  }

  @Test func deletingAnUnlinkedServiceRemovesItsFileAndIsJournalled() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(session.execute(line: "delete draft").exitStatus == 0)
    #expect(
      !FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/draft.toml")))
    #expect(session.execute(line: "log --limit 1").output.contains("delete draft"))
    // In a batch, nothing is removed until commit, and rollback keeps the file.
    #expect(session.execute(line: "begin").exitStatus == 0)
    #expect(session.execute(line: "delete siakad").exitStatus == 0)
    #expect(
      FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/siakad.toml")))
    #expect(session.execute(line: "rollback").exitStatus == 0)
    #expect(
      FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/siakad.toml")))
  }
}
