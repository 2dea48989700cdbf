import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// `export`: formats to standard output and to files, Graphviz rendering, CSV file placement,
/// scopes, and the errors that say what to do.
@Suite struct ExportCommandTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = TemporaryDirectory()
    try HostileRegistry.write(to: folder.file("registry"))
    session = try Session(
      options: SessionOptions(registryPath: folder.file("registry"), actor: "t"))
  }

  mutating func run(_ words: String...) -> CommandResult { session.execute(words: words) }

  /// The names in the test folder, so that a test sees no temporary file was left behind.
  func entries() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test mutating func eachFormatPrintsOnStandardOutput() throws {
    for (format, start) in [
      ("dot", "digraph \"Test \\\"estate\\\""), ("mermaid", "flowchart LR\n"),
      ("graphml", "<?xml version=\"1.0\""), ("json", "{\"nodes\":["),
    ] {
      let result = run("export", format)
      #expect(result.exitStatus == 0, "\(format): \(result.errorOutput)")
      #expect(result.output.hasPrefix(start), "\(format)")
      #expect(run("export", format).output == result.output, "\(format) is not deterministic")
    }
    let json = run("export", "mermaid", "--root", "sso", "--reverse", "--depth", "1", "--json")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    #expect(document["format"] as? String == "mermaid")
    #expect(document["services"] as? Int == 3)
    #expect((document["content"] as? String)?.hasPrefix("flowchart LR") == true)
  }

  @Test mutating func filesAreWrittenAtomicallyAndSaidSo() throws {
    let path = folder.file("graph.graphml")
    let result = run("export", "graphml", "--unit", "ptkn", "-o", path)
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output == "wrote \(path) (3 services, 3 links)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8).contains("<graphml"))
    let again = run("export", "json", "--output", folder.file("graph.json"), "--json")
    #expect(again.output.contains("\"files\":[\"\(folder.file("graph.json"))\"]"))
    #expect(try entries() == ["graph.graphml", "graph.json", "registry"])
  }

  @Test mutating func svgPNGAndPDFAreRenderedByGraphviz() throws {
    for ending in ["svg", "png", "pdf"] {
      let path = folder.file("graph.\(ending)")
      let result = run("export", "dot", "-o", path)
      #expect(result.exitStatus == 0, "\(ending): \(result.errorOutput)")
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(data.count > 100, "\(ending)")
    }
    #expect(try String(contentsOfFile: folder.file("graph.svg"), encoding: .utf8).contains("<svg"))
    let wrong = run("export", "mermaid", "-o", folder.file("x.svg"))
    #expect(wrong.exitStatus == 1)
    #expect(wrong.errorOutput.contains("only dot renders to .svg"))
    #expect(try entries() == ["graph.pdf", "graph.png", "graph.svg", "registry"])
  }

  @Test mutating func csvGoesToAFolderOrBesideAServicesFile() throws {
    let inFolder = run("export", "csv", "-o", folder.file("out"))
    #expect(inFolder.exitStatus == 0, "\(inFolder.errorOutput)")
    #expect(
      inFolder.output
        == "wrote \(folder.file("out/services.csv")) and \(folder.file("out/links.csv")) "
        + "(7 services, 7 links)\n")
    let named = run("export", "csv", "--unit", "pusat", "-o", folder.file("out/pusat.csv"))
    #expect(named.exitStatus == 0)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).sorted() == [
        "links.csv", "pusat-links.csv", "pusat.csv", "services.csv",
      ])
    let services = try String(contentsOfFile: folder.file("out/services.csv"), encoding: .utf8)
    #expect(services.hasPrefix("id,name,unit,unit_name,"))
    #expect(services.contains("\r\nexcel-macro,'=cmd|' /C calc'!A0,"))
    let stdout = run("export", "csv")
    #expect(stdout.exitStatus == 2)
    #expect(stdout.errorOutput.contains("give -o FOLDER or -o path/services.csv"))
  }

  @Test mutating func wrongScopesAndFormatsSayWhatIsWrong() {
    #expect(run("export", "dot", "--depth", "2").errorOutput.contains("--depth needs --root ID"))
    #expect(run("export", "dot", "--depth", "2").exitStatus == 2)
    #expect(run("export", "dot", "--root", "nope").errorOutput.contains("no service 'nope'"))
    #expect(run("export", "dot", "--unit", "kanwil").errorOutput.contains("no unit 'kanwil'"))
    #expect(run("export", "png").exitStatus == 2)
    #expect(run("export", "dot", "-o", folder.path).errorOutput.contains("it is a folder"))
  }

  @Test func theFormatCompletes() {
    let completer = session.completer
    #expect(completer.complete("export g").candidates == ["graphml"])
    #expect(completer.complete("export dot --r").candidates == ["--reverse", "--root"])
  }
}
