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
      _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder)
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

  @Test func aWorkbookIsImportedFromItsSheetsWithTheLinksOnAnother() throws {
    var session = try emptyRegistry()
    var book = WorkbookParts(
      rows: """
        <row r="1"><c t="s"><v>0</v></c></row>        <row r="3"><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>        <row r="4"><c t="s"><v>3</v></c><c t="s"><v>4</v></c></row>        <row r="5"><c t="s"><v>5</v></c><c t="s"><v>4</v></c></row>
        """,
      strings: ["DAFTAR APLIKASI", "Nama Aplikasi", "Satker", "SIAKAD", "ptkn/uin-jakarta", "SSO"])
    book.parts["xl/workbook.xml"] = book.parts["xl/workbook.xml"]!.replacingOccurrences(
      of: "</sheets>", with: "<sheet name=\"Integrasi\" sheetId=\"2\" r:id=\"rId9\"/></sheets>")
    book.parts["xl/_rels/workbook.xml.rels"] = book.parts["xl/_rels/workbook.xml.rels"]!
      .replacingOccurrences(
        of: "</Relationships>",
        with: "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/links.xml\"/>"
          + "</Relationships>")
    book.parts["xl/worksheets/links.xml"] = """
      <worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>dari</t></is></c>\
      <c t="inlineStr"><is><t>ke</t></is></c></row><row r="2"><c t="inlineStr"><is><t>siakad\
      </t></is></c><c t="inlineStr"><is><t>sso</t></is></c></row></sheetData></worksheet>
      """
    let path = folder.file("inventaris.xlsx")
    try Data(try book.bytes()).write(to: URL(fileURLWithPath: path))
    let dryRun = session.execute(words: [
      "import", "xlsx", path, "--links-sheet", "Integrasi", "--create-units", "--dry-run",
    ])
    #expect(dryRun.exitStatus == 0, "\(dryRun.errorOutput)")
    #expect(
      dryRun.output == """
        read: \(path) sheet 'Sheet1' (header on row 3); \(path) sheet 'Integrasi' (header on \
        row 1)
        columns: 'Nama Aplikasi' → name, 'Satker' → unit, 'dari' → from, 'ke' → to
        unit    ptkn/uin-jakarta (university) ptkn/uin-jakarta
        add     siakad in ptkn/uin-jakarta: SIAKAD
        add     sso in ptkn/uin-jakarta: SSO
        \(path): would have 2 added, 0 updated, 0 unchanged, 1 unit created; nothing written \
        (--dry-run)

        """)
    #expect(
      dryRun.errorOutput
        == "\(path):1: warning: row 1 above the header (row 3) left out\n")
    let imported = session.execute(words: [
      "import", "xlsx", path, "--links-sheet", "Integrasi", "--create-units",
    ])
    #expect(imported.exitStatus == 0, "\(imported.errorOutput)")
    #expect(session.execute(words: ["deps", "siakad"]).output.contains("sso"))
    let wrongSheet = session.execute(words: ["import", "xlsx", path, "--sheet", "Data"])
    #expect(wrongSheet.exitStatus == 1)
    #expect(
      wrongSheet.errorOutput.contains(
        "\(path): error: the workbook has no sheet 'Data'; its sheets are 'Sheet1', 'Integrasi'"))
    let csvWithSheet = session.execute(words: ["import", "csv", path, "--sheet", "Sheet1"])
    #expect(csvWithSheet.exitStatus == 2)
    #expect(
      csvWithSheet.errorOutput.contains(
        "--sheet and --links-sheet choose sheets of a workbook; a CSV file has one table"))
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
    #expect(session.execute(words: ["import", "ods", folder.file("a.csv")]).exitStatus == 2)
    let notWorkbook = session.execute(words: ["import", "xlsx", folder.file("a.csv")])
    #expect(notWorkbook.exitStatus == 1)
    #expect(notWorkbook.errorOutput.contains("this is not an Excel workbook"))
  }
}
