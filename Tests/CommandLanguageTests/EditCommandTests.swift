import CommandLanguage
import Foundation
import TestSupport
import Testing

/// `edit ID` with editors that are shell scripts: what they save lands as one journalled
/// change, a file that does not parse lands nothing and says where, a service changed by
/// someone else meanwhile is not overwritten, and a broken file can be repaired.
@Suite struct EditCommandTests {
  let folder: TemporaryDirectory

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat"],
      services: [
        "pusat": [
          "sso": RegistryFixture.service("SSO", versions: ["1.0.0"]),
          "siakad": RegistryFixture.service("Akademik", links: ["sso"]),
        ]
      ])
  }

  /// A session whose editor is the shell script `script` (its file is `$1`).
  func session(editor script: String) throws -> Session {
    let editor = folder.file("editor.sh")
    try folder.write("#!/bin/sh\n" + script + "\n", to: "editor.sh")
    chmod(editor, 0o755)
    var options = SessionOptions(registryPath: folder.path, actor: "t")
    // Read by sh rather than executed: a test that rewrites the script while another test's
    // child process holds an inherited descriptor to it would get ETXTBSY from exec.
    options.editor = "sh \(editor)"
    return try Session(options: options)
  }

  func file(_ id: String) throws -> String {
    try String(contentsOfFile: folder.file("services/pusat/\(id).toml"), encoding: .utf8)
  }

  @Test func whatTheEditorSavesLandsAsOneJournalledChange() throws {
    defer { folder.remove() }
    var session = try session(
      editor: #"sed -i 's/^name = .*/name = "SSO Kemenag"/; 1i owner = "pusat"' "$1""#)
    let edited = session.execute(line: "edit sso")
    #expect(edited.exitStatus == 0, "\(edited.errorOutput)")
    #expect(edited.output == "edited sso\n")
    // Written back in canonical form: the owner line moved to its place.
    #expect(
      try file("sso")
        == "name = \"SSO Kemenag\"\nkind = \"application\"\nlifecycle = \"active\"\n"
        + "owner = \"pusat\"\n\n[[versions]]\nversion = \"1.0.0\"\n")
    #expect(session.execute(line: "log --limit 1").output.contains("edit sso"))
    #expect(session.execute(line: "undo").exitStatus == 0)
    #expect(try file("sso").contains("name = \"SSO\"\n"))
  }

  @Test func aFileThatDoesNotParseLandsNothingAndSaysWhere() throws {
    defer { folder.remove() }
    let before = try file("sso")
    var session = try session(editor: #"printf 'name = "SSO"\nlifecycle = "zombie"\n' > "$1""#)
    let refused = session.execute(line: "edit sso")
    #expect(refused.exitStatus == 1)
    #expect(refused.errorOutput.contains("/sso.toml:2:13: error: invalid lifecycle 'zombie'"))
    #expect(refused.errorOutput.contains("nothing was written; your text is kept in "))
    #expect(try file("sso") == before)
  }

  @Test func anEditorThatFailsOrChangesNothingWritesNothing() throws {
    defer { folder.remove() }
    let before = try file("sso")
    var failing = try session(editor: "exit 3")
    let failed = failing.execute(line: "edit sso")
    #expect(failed.exitStatus == 1)
    #expect(failed.errorOutput.contains("ended with status 3"))
    var idle = try session(editor: "true")
    #expect(idle.execute(line: "edit sso").output == "no change to sso\n")
    // Only the layout changed: the same service, nothing to write.
    var layout = try session(editor: #"printf '# a comment\n' >> "$1""#)
    #expect(layout.execute(line: "edit sso").output == "no change to sso\n")
    #expect(try file("sso") == before)
  }

  @Test func aServiceChangedMeanwhileIsNotOverwritten() throws {
    defer { folder.remove() }
    let real = folder.file("services/pusat/sso.toml")
    var session = try session(
      editor: #"printf 'name = "Someone else"\n' > "\#(real)"; "#
        + #"sed -i 's/^name = .*/name = "Mine"/' "$1""#)
    let refused = session.execute(line: "edit sso")
    #expect(refused.exitStatus == 1)
    #expect(refused.errorOutput.contains("service 'sso' changed while it was being edited"))
    #expect(try file("sso") == "name = \"Someone else\"\n")
  }

  @Test func aBrokenFileIsRepairedAndAnEditJoinsAnOpenBatch() throws {
    defer { folder.remove() }
    try folder.write(
      "name = \"Akademik\"\nlifecycle = \"zombie\"\n", to: "services/pusat/siakad.toml")
    var session = try session(editor: #"sed -i 's/zombie/active/' "$1""#)
    #expect(session.execute(line: "update siakad --name X").exitStatus == 1)
    let repaired = session.execute(line: "edit siakad")
    #expect(repaired.exitStatus == 0, "\(repaired.errorOutput)")
    #expect(!session.execute(line: "check").output.contains("broken-file"))
    #expect(session.execute(line: "begin").exitStatus == 0)
    // The same editor file, now with another script.
    try folder.write(
      "#!/bin/sh\n" + #"sed -i 's/^name = .*/name = "Batch"/' "$1""# + "\n", to: "editor.sh")
    #expect(session.execute(line: "edit sso").output == "edited sso (in batch)\n")
    #expect(try file("sso").contains("name = \"SSO\"\n"))
    #expect(session.execute(line: "commit").exitStatus == 0)
    #expect(try file("sso").contains("name = \"Batch\"\n"))
  }
}
