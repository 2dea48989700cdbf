import CommandLanguage
import Foundation
import TestSupport
import Testing

/// `undo [N]`: the last changes taken back from what they replaced, never over a later edit.
@Suite struct UndoTests {
  static func session() throws -> (TemporaryDirectory, Session) {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: ["pusat/setjen": ["sso": RegistryFixture.service("SSO", versions: ["1.0.0"])]])
    return (folder, try Session(options: SessionOptions(registryPath: folder.path, actor: "t")))
  }

  @Test func theLastChangesComeBackAsTheyWere() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    let file = folder.file("services/pusat/setjen/sso.toml")
    let original = try String(contentsOfFile: file, encoding: .utf8)
    _ = session.execute(line: "update sso --name 'Single Sign-On'")
    _ = session.execute(line: "register portal --name Portal --unit pusat/setjen")
    let undone = session.execute(line: "undo 2")
    #expect(undone.exitStatus == 0, "\(undone.errorOutput)")
    #expect(
      undone.output
        == "undid register portal --name Portal --unit pusat/setjen\n"
        + "undid update sso --name 'Single Sign-On'\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
    #expect(
      !FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/portal.toml")))
    // What commands see follows at once.
    #expect(session.execute(line: "show portal").exitStatus == 1)
    #expect(session.execute(line: "log --limit 1").output.contains("undo 2 (register portal"))
    let nothing = session.execute(line: "undo")
    #expect(nothing.exitStatus == 1)
    #expect(nothing.errorOutput.contains("there is no change to undo"))
  }

  @Test func aDeletedServiceComesBack() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    #expect(session.execute(line: "delete sso").exitStatus == 0)
    #expect(session.execute(line: "undo").exitStatus == 0)
    #expect(session.execute(line: "show sso").output.contains("SSO"))
  }

  @Test func aFileChangedSinceIsNeverOverwritten() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    _ = session.execute(line: "update sso --name 'Single Sign-On'")
    let file = folder.file("services/pusat/setjen/sso.toml")
    let edited = try String(contentsOfFile: file, encoding: .utf8) + "description = \"by hand\"\n"
    try edited.write(toFile: file, atomically: true, encoding: .utf8)
    let refused = session.execute(line: "undo")
    #expect(refused.exitStatus == 1)
    #expect(refused.errorOutput.contains("not undone, nothing written: changed since"))
    #expect(refused.errorOutput.contains("services/pusat/setjen/sso.toml"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == edited)
  }

  @Test func undoIsRefusedInABatchAndAskingForTooManySaysHowMany() throws {
    var (folder, session) = try Self.session()
    defer { folder.remove() }
    _ = session.execute(line: "update sso --name X")
    let many = session.execute(line: "undo 5")
    #expect(many.exitStatus == 1)
    #expect(many.errorOutput.contains("only 1 change can be undone"))
    _ = session.execute(line: "begin")
    let inBatch = session.execute(line: "undo")
    #expect(inBatch.exitStatus == 1)
    #expect(inBatch.errorOutput.contains("'rollback' drops the open batch instead"))
  }
}
