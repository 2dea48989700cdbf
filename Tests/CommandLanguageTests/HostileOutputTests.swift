import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// A registry edited by someone hostile: nothing any command prints may act on a terminal.
@Suite final class HostileOutputTests {
  static let clear = "\u{1B}[2J"
  static let retitle = "\u{1B}]0;owned\u{7}"
  static let reorder = "\u{202E}txt.exe"

  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    let hostile = Self.clear + Self.retitle + Self.reorder + "\r\u{9B}31m"
    func quoted(_ text: String) -> String {
      text.unicodeScalars.map { scalar in
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
          ? String(format: "\\u%04X", scalar.value) : String(scalar)
      }.joined()
    }
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "a": "name = \"A\"\nkind = \"application\"\nlifecycle = \"active\"\n"
            + "description = \"\(quoted(hostile))\"\n\n[[versions]]\nversion = \"1.0.0\"\n"
            + "notes = \"\(quoted(hostile))\"\n\n[[links]]\nto = \"b\"\nnote = \"\(quoted(hostile))\"\n"
            + "\n[[links]]\nto = \"ghost\"\n",
          "b": "name = \"B\"\nkind = \"application\"\nlifecycle = \"deprecated\"\n"
            + "deprecation = { reason = \"\(quoted(hostile))\" }\n\n[[links]]\nto = \"a\"\n",
          // One-line fields with controls make the file broken; its error is printed too.
          "c": "name = \"C\(quoted(hostile))\"\nkind = \"application\"\n",
          // A raw ESC where TOML allows none.
          "d": "name = \"D\"\n# \u{1B}[2J\n",
        ]
      ])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  /// The scalars in `text` that a terminal would act on or that reorder it.
  static func unsafe(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
      if scalar == "\n" || scalar == "\t" { return false }
      return scalar.properties.generalCategory == .control
        || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
  }

  deinit { folder.remove() }

  @Test(arguments: [
    "list", "show a", "show b", "show a@1.0.0", "versions a", "units", "stats", "log",
    "check", "locks", "deps a", "rdeps a", "why a b", "find A", "dups", "export dot",
    "export mermaid", "fmt --check", "show 'x\u{1B}[2J'",
    "register e --name 'E\u{1B}[2J' --unit pusat/setjen",
  ])
  func noCommandPrintsARawControlCharacter(_ line: String) throws {
    let result = session.execute(line: line)
    #expect(Self.unsafe(result.output).isEmpty, "\(line): \(result.output.debugDescription)")
    #expect(
      Self.unsafe(result.errorOutput).isEmpty, "\(line): \(result.errorOutput.debugDescription)")
  }

  @Test func escapesAreShownNotActedOn() {
    let shown = session.execute(line: "show a").output
    #expect(shown.contains("\\x1B[2J"))
    #expect(shown.contains("\\u{202E}"))
    let broken = session.execute(line: "stats").output
    #expect(broken.contains("c.toml:1:"))
    #expect(broken.contains("d.toml:2:"))
  }

  @Test func oneLineFieldsRefuseControlsAtInput() throws {
    for line in [
      "register e --name 'E\u{1B}[2J' --unit pusat/setjen",
      "register e --name E --unit pusat/setjen --tag 'x\u{202E}y'",
      "register e --name E --unit pusat/setjen --url 'https://x\u{7}'",
      "add-unit pusat/x --name 'X\u{1B}]0;t\u{7}'",
    ] {
      let result = session.execute(line: line)
      #expect(result.exitStatus == 1, "\(line)")
      #expect(result.errorOutput.contains("invalid"), "\(line): \(result.errorOutput)")
    }
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == 2, "\(store.brokenFiles)")
  }

  @Test func colourCodesOfOurOwnSurviveAndOthersAreShown() {
    let text = "\u{1B}[1mheading\u{1B}[0m \u{1B}[2J \u{1B}]0;x\u{7}"
    let safe = TerminalText.safe(text, keepingColour: true)
    #expect(safe == "\u{1B}[1mheading\u{1B}[0m \\x1B[2J \\x1B]0;x\\x07")
    #expect(
      TerminalText.safe(text, keepingColour: false).unicodeScalars.allSatisfy { $0 != "\u{1B}" })
  }
}

/// Commands that must not hide a broken or missing file.
@Suite final class BrokenFileCommandTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "a": RegistryFixture.service("A", links: ["b", "ghost"]),
          "b": "name = \"B\n",
        ]
      ])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  deinit { folder.remove() }

  @Test func depsShowsMissingAndBrokenTargets() {
    let result = session.execute(line: "deps a")
    #expect(!result.output.contains("depends on nothing"))
    #expect(result.output.contains("a → b: its file"))
    #expect(result.output.contains("b.toml does not parse"))
    #expect(result.output.contains("a → ghost: no such service"))
    let json = session.execute(line: "deps a --json").output
    #expect(json.contains("\"unresolved\""))
    #expect(json.contains("\"to\":\"ghost\""))
  }

  @Test(arguments: ["fmt --check", "fmt"])
  func fmtFailsOnAFileThatDoesNotParse(_ line: String) {
    let result = session.execute(line: line)
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains("b.toml:1:"))
    #expect(!result.output.contains("every file is in canonical form"))
  }
}

/// A dependency chain thousands of services deep prints in linear space.
@Suite struct DeepTreeTests {
  @Test(arguments: ["deps s0", "rdeps s0"])
  func aDeepLoopsTreeStaysLinearInItsRows(_ line: String) throws {
    let length = 1_200
    var files: [String: String] = [:]
    for index in 0..<length {
      files["s\(index)"] = RegistryFixture.service("S\(index)", links: ["s\((index + 1) % length)"])
    }
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"], services: ["pusat/setjen": files])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let output = session.execute(line: line).output
    let lines = output.split(separator: "\n")
    #expect(lines.count == length + 2)  // the rows, then the counts
    // Drawn in full, the deepest line alone would be 4,800 characters and the tree 3 MB.
    #expect(lines.allSatisfy { $0.count < 4 * (DependencyTree.drawnDepth + 12) + 40 })
    #expect(
      lines.dropLast().last?.contains("[\(length)]") == true
        && lines.last?.contains("\(length - 1) services") == true
    )
    // Streamed, the same text arrives in pieces while the command runs.
    final class Pieces: @unchecked Sendable { var received: [String] = [] }
    let pieces = Pieces()
    session.streamOutput = { pieces.received.append($0) }
    let rest = session.execute(line: line).output
    #expect(!pieces.received.isEmpty)
    #expect(pieces.received.joined() + rest == output)
  }
}

/// A unit folder linked to somewhere outside the registry is read, reported, never written.
@Suite struct OutsideLinkTests {
  @Test func checkReportsALinkLeadingOutOfTheRegistry() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let outside = TemporaryDirectory()
    defer { outside.remove() }
    try outside.write(RegistryFixture.service("Elsewhere"), to: "far.toml")
    try FileManager.default.createDirectory(
      atPath: folder.file("services/pusat"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("services/pusat/setjen"), withDestinationPath: outside.path)
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let check = session.execute(line: "check")
    #expect(check.output.contains("link-outside"), "\(check.output)")
    #expect(check.output.contains("services/pusat/setjen is a symbolic link"))
    #expect(session.execute(line: "show far").exitStatus == 0)
    let register = session.execute(line: "register b --name B --unit pusat/setjen")
    #expect(register.exitStatus == 1)
    #expect(register.errorOutput.contains("outside the registry"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["far.toml"])
  }
}

/// A registry after a bad merge: conflict markers in every kind of file, CRLF line ends, a NUL
/// escape. Every command still answers, nothing crashes, and nothing that does not parse is
/// rewritten.
@Suite final class ConflictedRegistryTests {
  let folder: TemporaryDirectory
  var session: Session

  static func conflicted(_ text: String) -> String {
    "<<<<<<< HEAD\n\(text)=======\n\(text)>>>>>>> theirs\n"
  }

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "a": RegistryFixture.service("A", versions: ["1.0.0"], links: ["b"]),
          "b": Self.conflicted(RegistryFixture.service("B")),
          "c": RegistryFixture.service("C", links: ["a"]).replacingOccurrences(
            of: "\n", with: "\r\n"),
          "d": "name = \"D\\u0000x\"\nkind = \"application\"\n",
        ]
      ])
    try folder.write(Self.conflicted(try folder.read("units.toml")), to: "units.toml")
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    #expect(session.execute(line: "link a c").exitStatus == 0)
    try folder.write(Self.conflicted(try folder.read("journal.log")), to: "journal.log")
  }

  deinit { folder.remove() }

  @Test(arguments: [
    "list", "show a", "show c", "versions a", "units", "stats", "log", "check", "locks",
    "deps a", "rdeps a", "why a c", "find A", "dups", "export dot", "export json", "fmt --check",
  ])
  func everyCommandAnswers(_ line: String) {
    let result = session.execute(line: line)
    #expect(result.exitStatus <= 2, "\(line)")
    #expect(HostileOutputTests.unsafe(result.output + result.errorOutput).isEmpty, "\(line)")
  }

  @Test func theBrokenFilesAreNamedAtTheirPlaces() {
    let stats = session.execute(line: "stats").output
    #expect(stats.contains("units.toml:1:1"))
    #expect(stats.contains("b.toml:1:1"))
    #expect(stats.contains("d.toml:1:"))
    #expect(session.execute(line: "show c").output.contains("C"))
    let log = session.execute(line: "log")
    #expect(log.output.contains("link a c"))
    #expect(log.errorOutput.contains("journal.log:1: warning"))
  }

  @Test func unitsTomlIsNotRewrittenWhileItDoesNotParse() throws {
    let before = try folder.read("units.toml")
    let result = session.execute(line: "add-unit pusat/x --name X")
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains("units.toml:1:1"))
    #expect(try folder.read("units.toml") == before)
  }
}

/// `deps` and `rdeps` say how many services they reach.
@Suite struct DependencyCountTests {
  @Test func treesEndWithTheirCounts() throws {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "hub": RegistryFixture.service("Hub"),
          "a": RegistryFixture.service("A", links: ["hub"]),
          "b": RegistryFixture.service("B", links: ["hub", "a"]),
          "c": RegistryFixture.service("C", links: ["b"]),
        ]
      ])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    #expect(
      session.execute(line: "rdeps hub").output.hasSuffix(
        "3 services depend on hub (2 directly)\n"))
    #expect(
      session.execute(line: "rdeps hub --depth 1").output.hasSuffix(
        "2 services depend on hub (2 directly, within 1 level)\n"))
    #expect(
      session.execute(line: "deps c").output.hasSuffix("c depends on 3 services (1 directly)\n"))
    let json = session.execute(line: "rdeps hub --json").output
    #expect(json.contains("\"direct\":2") && json.contains("\"total\":3"))
  }
}

/// A unit typed wrong is an error that suggests the right one; an alias works as the unit.
@Suite final class UnitNameTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(
      units: ["ptkn/uin-jakarta", "ptkn/uin-malang"],
      services: ["ptkn/uin-jakarta": ["siakad": RegistryFixture.service("SIAKAD")]])
    try folder.write(
      try folder.read("units.toml").replacingOccurrences(
        of: "path = \"ptkn/uin-jakarta\"",
        with: "path = \"ptkn/uin-jakarta\"\naliases = [\"UIN Jakarta\"]"),
      to: "units.toml")
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  deinit { folder.remove() }

  @Test(arguments: [
    ("list --unit uin-jakarta", "did you mean 'ptkn/uin-jakarta'?"),
    ("list --unit ptkn/uin-jakarte", "did you mean 'ptkn/uin-jakarta'?"),
    ("dups --unit uin-malan", "did you mean 'ptkn/uin-malang'?"),
    ("register x --name X --unit uin-jakarta", "did you mean 'ptkn/uin-jakarta'?"),
  ])
  func anUnknownUnitIsAnErrorWithASuggestion(_ line: String, _ suggestion: String) {
    let result = session.execute(line: line)
    #expect(result.exitStatus == 1, "\(line): \(result.output)")
    #expect(result.errorOutput.contains(suggestion), "\(line): \(result.errorOutput)")
  }

  @Test func anAliasOrAGroupWorksAsTheUnit() {
    #expect(session.execute(line: "list --unit 'uin jakarta'").output.contains("siakad"))
    #expect(session.execute(line: "list --unit ptkn").output.contains("siakad"))
    #expect(session.execute(line: "list --unit ptkn/uin-malang").output.contains("0 services"))
    #expect(
      session.execute(line: "register x --name X --unit 'UIN Jakarta'").exitStatus == 0)
    #expect(
      session.registrySnapshot.services[ServiceID("x")!]?.unit.description == "ptkn/uin-jakarta")
  }
}

/// An id typed wrong names the id most likely meant.
@Suite struct ServiceNameSlipTests {
  @Test(arguments: [
    ("show siakd", "did you mean 'siakad'?"), ("rdeps siakda", "did you mean 'siakad'?"),
    ("why siakad simpg", "did you mean 'simpeg'?"),
  ])
  func anUnknownIdSuggestsTheClosest(_ line: String, _ suggestion: String) throws {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "siakad": RegistryFixture.service("SIAKAD"),
          "simpeg": RegistryFixture.service("SIMPEG", links: ["siakad"]),
        ]
      ])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let result = session.execute(line: line)
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains(suggestion), "\(result.errorOutput)")
  }
}
