import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// `import csv`: the exact round trip through CSV, dry runs, all or nothing, re-import,
/// batches, and errors located as `FILE:LINE: error: …`.
@Suite struct ImportCommandTests {
  let folder: TemporaryDirectory

  init() {
    folder = TemporaryDirectory()
  }

  /// A session on a new empty registry at `name` in the test folder.
  func emptyRegistry(_ name: String = "empty", title: String = "test") throws -> Session {
    _ = try RegistryStore.create(at: folder.file(name), name: title)
    return try Session(options: SessionOptions(registryPath: folder.file(name), actor: "t"))
  }

  /// Every file of the registry at `path` (the journal and svcreg's own folder aside), by
  /// path relative to it.
  func files(of path: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let walker = try #require(FileManager.default.enumerator(atPath: root))
    for case let relative as String in walker
    where !relative.hasPrefix(".svcreg") && relative != "journal.log" {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
      if !isFolder.boolValue {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative))
      }
    }
    return files
  }

  func journalLines(_ name: String) -> Int {
    ((try? String(contentsOfFile: folder.file("\(name)/journal.log"), encoding: .utf8)) ?? "")
      .split(separator: "\n").count
  }

  /// Exports the registry at `source` as CSV, imports it into a new registry with the same
  /// settings, and expects every file to come back byte for byte.
  func expectRoundTrip(of source: String) throws {
    var exporting = try Session(options: SessionOptions(registryPath: source, actor: "t"))
    let export = exporting.execute(words: ["export", "csv", "-o", folder.file("csv")])
    #expect(export.exitStatus == 0, "\(export.errorOutput)")
    var importing = try emptyRegistry("copy")
    // Settings are not inventory data: the copy starts from the same registry.toml.
    try FileManager.default.removeItem(atPath: folder.file("copy/registry.toml"))
    try FileManager.default.copyItem(
      atPath: source + "/registry.toml", toPath: folder.file("copy/registry.toml"))
    let result = importing.execute(words: [
      "import", "csv", folder.file("csv/services.csv"), "--links", folder.file("csv/links.csv"),
      "--create-units",
    ])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    let original = try files(of: source)
    let copy = try files(of: folder.file("copy"))
    #expect(original.keys.sorted() == copy.keys.sorted())
    for (path, bytes) in original where copy[path] != bytes {
      Issue.record("\(path) differs after the round trip")
    }
    #expect(journalLines("copy") == 1)
  }

  @Test func theHostileRegistryComesBackByteForByte() throws {
    try HostileRegistry.write(to: folder.file("hostile"))
    try expectRoundTrip(of: folder.file("hostile"))
  }

  @Test func spacesAroundNamesAndDescriptionsComeBack() throws {
    let path = folder.file("padded")
    var session = try Session(options: SessionOptions(registryPath: path, actor: "t"))
    for words in [
      ["init", path], ["add-unit", "pusat/setjen", "--name", "Setjen"],
      ["register", "a", "--name", "  Finance  ", "--unit", "pusat/setjen", "--description", " x "],
    ] {
      #expect(session.execute(words: words).exitStatus == 0, "\(words)")
    }
    try expectRoundTrip(of: path)
  }

  @Test func theBundledRegistryComesBackByteForByte() throws {
    let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../registry").standardizedFileURL.path
    try expectRoundTrip(of: bundled)
  }

  @Test func aDryRunSaysWhatWouldChangeAndWritesNothing() throws {
    var session = try emptyRegistry()
    try folder.write(
      """
      No,Nama Aplikasi,Satker,Status,Versi
      1,SIAKAD,ptkn/uin-jakarta,aktif,2.1
      2,Portal Lama,pusat/setjen,tidak aktif,

      """, to: "inventaris.csv")
    let before = try files(of: folder.file("empty"))
    let result = session.execute(words: [
      "import", "csv", folder.file("inventaris.csv"), "--create-units", "--dry-run",
    ])
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(
      result.output == """
        columns: 'Nama Aplikasi' → name, 'Satker' → unit, 'Status' → lifecycle, \
        'Versi' → versions; ignored: 'No'
        unit    ptkn/uin-jakarta (university) ptkn/uin-jakarta
        unit    pusat/setjen (central) pusat/setjen
        add     portal-lama in pusat/setjen: Portal Lama
        add     siakad in ptkn/uin-jakarta: SIAKAD
        \(folder.file("inventaris.csv")): would have 2 added, 0 updated, 0 unchanged, 2 units \
        created; nothing written (--dry-run)

        """)
    #expect(try files(of: folder.file("empty")) == before)
    #expect(journalLines("empty") == 0)
  }

  @Test func oneBadRowAndNothingIsWritten() throws {
    var session = try emptyRegistry()
    _ = session.execute(words: ["add-unit", "pusat/setjen", "--name", "Setjen"])
    try folder.write(
      """
      id,name,unit,versions
      good,Good,pusat/setjen,1.0.0
      "two-lines","A
      B",pusat/setjen,
      also-good,Also good,pusat/setjen,
      bad,Bad,pusat/setjen,one

      """, to: "in.csv")
    let before = try files(of: folder.file("empty"))
    let result = session.execute(words: ["import", "csv", folder.file("in.csv")])
    #expect(result.exitStatus == 1)
    #expect(
      result.errorOutput == """
        \(folder.file("in.csv")):3: error: the name spans lines; a name must fit on one line
        \(folder.file("in.csv")):6: error: versions: 'one' is not a version; expected \
        MAJOR.MINOR.PATCH such as 2.1.0
        import refused: 2 errors; nothing was written

        """)
    #expect(try files(of: folder.file("empty")) == before)
    #expect(journalLines("empty") == 1)
    let json = session.execute(words: ["import", "csv", folder.file("in.csv"), "--json"])
    #expect(json.output.contains("\"errors\":[{\"file\":"))
    #expect(json.output.contains("\"line\":6,"))
  }

  @Test func importingAgainUpdatesAndJoinsAnOpenBatch() throws {
    var session = try emptyRegistry()
    try folder.write("nama,satker\nSIAKAD,ptkn/uin-jakarta\n", to: "a.csv")
    #expect(
      session.execute(words: ["import", "csv", folder.file("a.csv"), "--create-units"]).output
        == "imported \(folder.file("a.csv")): 1 added, 0 updated, 0 unchanged, 1 unit created\n")
    #expect(
      session.execute(words: ["import", "csv", folder.file("a.csv")]).output
        == "\(folder.file("a.csv")): nothing to change (1 unchanged)\n")
    try folder.write("nama,satker,url\nSIAKAD,ptkn/uin-jakarta,https://x\n", to: "a.csv")
    #expect(session.execute(line: "begin").exitStatus == 0)
    #expect(
      session.execute(words: ["import", "csv", folder.file("a.csv")]).output
        == "imported \(folder.file("a.csv")): 0 added, 1 updated, 0 unchanged (in batch)\n")
    #expect(session.execute(line: "rollback").exitStatus == 0)
    #expect(!(try folder.read("empty/services/ptkn/uin-jakarta/siakad.toml")).contains("url"))
    #expect(session.execute(words: ["import", "csv", folder.file("a.csv")]).exitStatus == 0)
    #expect(try folder.read("empty/services/ptkn/uin-jakarta/siakad.toml").contains("url"))
    #expect(journalLines("empty") == 2)
  }

  @Test func optionsThatCannotWorkAreUsageErrors() throws {
    var session = try emptyRegistry()
    try folder.write("name,unit\nA,pusat\n", to: "a.csv")
    let both = session.execute(words: [
      "import", "csv", folder.file("a.csv"), "--create-units", "--skip-unknown-units",
    ])
    #expect(both.exitStatus == 2)
    let map = session.execute(words: ["import", "csv", folder.file("a.csv"), "--map", "nama"])
    #expect(map.exitStatus == 2)
    #expect(map.errorOutput.contains("--map needs FIELD=COLUMN"))
    let missing = session.execute(words: ["import", "csv", folder.file("nope.csv")])
    #expect(missing.exitStatus == 1)
    #expect(missing.errorOutput.contains("cannot read"))
    #expect(session.execute(words: ["import", "xlsx", folder.file("a.csv")]).exitStatus == 2)
  }
}
