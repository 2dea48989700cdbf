import Foundation
import TestSupport
import Testing

/// The same commands typed at the interactive prompt, piped as a script, given as `run FILE`,
/// and given as one-shot commands leave the same files behind.
@Suite struct FourWaysInTests {
  static let commands = [
    "add-unit ptkn/uin-jakarta --name 'UIN Syarif Hidayatullah Jakarta' --level university",
    "register sso-uin-jakarta --name 'Single Sign-On' --unit ptkn/uin-jakarta --tag auth",
    "version sso-uin-jakarta 2.1.0 --date 2024-02-01",
    "register siakad-uin-jakarta --name 'Sistem Informasi Akademik — UIN Jakarta' --unit ptkn/uin-jakarta --tag akademik",
    "version siakad-uin-jakarta 3.2.0",
    "link siakad-uin-jakarta sso-uin-jakarta --range ^2 --kind auth",
    "deprecate siakad-uin-jakarta@3.2.0 --reason 'Security support ended' --sunset 2025-06-30",
  ]

  static func freshRegistry() throws -> TemporaryDirectory {
    let folder = TemporaryDirectory()
    let outcome = try ChildProcess.svcreg(["init", folder.file("r"), "--name", "demo"])
    #expect(outcome.status == 0, "\(outcome.errorOutput)")
    return folder
  }

  static func files(in registry: String) throws -> [String: String] {
    var result: [String: String] = [:]
    let enumerator = FileManager.default.enumerator(atPath: registry)!
    while let path = enumerator.nextObject() as? String {
      guard path.hasSuffix(".toml") else { continue }
      result[path] = try String(contentsOfFile: "\(registry)/\(path)", encoding: .utf8)
    }
    return result
  }

  @Test func allFourWaysInGiveTheSameFiles() throws {
    let script = Self.commands.joined(separator: "\n") + "\n"

    let piped = try Self.freshRegistry()
    defer { piped.remove() }
    let pipedOutcome = try ChildProcess.svcreg(["--registry", piped.file("r")], input: script)
    #expect(pipedOutcome.status == 0, "\(pipedOutcome.errorOutput)")

    let run = try Self.freshRegistry()
    defer { run.remove() }
    try run.write(script, to: "script.svc")
    let runOutcome = try ChildProcess.svcreg([
      "--registry", run.file("r"), "run", run.file("script.svc"),
    ])
    #expect(runOutcome.status == 0, "\(runOutcome.errorOutput)")

    let oneShot = try Self.freshRegistry()
    defer { oneShot.remove() }
    for command in Self.commands {
      let words = try CommandLanguageTestsSupport.words(command)
      let outcome = try ChildProcess.svcreg(["--registry", oneShot.file("r")] + words)
      #expect(outcome.status == 0, "\(command): \(outcome.errorOutput)")
    }

    let interactive = try Self.freshRegistry()
    defer { interactive.remove() }
    let terminal = try PseudoTerminal(
      executable: BuiltProducts.svcreg,
      environment: [
        "SVCREG_REGISTRY": interactive.file("r"), "SVCREG_HISTORY": interactive.file("history"),
      ])
    defer { terminal.terminate() }
    _ = try terminal.waitFor("demo> ")
    for command in Self.commands {
      try terminal.send(command + "\r")
      _ = try terminal.waitFor("demo> ")
    }
    try terminal.send("quit\r")
    #expect(try terminal.waitForExit() == 0)

    let expected = try Self.files(in: piped.file("r"))
    #expect(expected.count == 4)
    #expect(try Self.files(in: interactive.file("r")) == expected)
    #expect(try Self.files(in: run.file("r")) == expected)
    #expect(try Self.files(in: oneShot.file("r")) == expected)
    #expect(pipedOutcome.output == runOutcome.output)
  }

  @Test func aBadScriptLineIsReportedWithItsFileAndLineAndStopsTheRun() throws {
    let folder = try Self.freshRegistry()
    defer { folder.remove() }
    try folder.write(
      Self.commands[0]
        + "\n# comment\n\nregister x --name X --unit nowhere\nregister y --name Y --unit ptkn/uin-jakarta\n",
      to: "bad.svc")
    let outcome = try ChildProcess.svcreg([
      "--registry", folder.file("r"), "run", folder.file("bad.svc"),
    ])
    #expect(outcome.status == 1)
    #expect(outcome.errorOutput.hasPrefix("\(folder.file("bad.svc")):4: error: no unit 'nowhere'"))
    let listing = try ChildProcess.svcreg(["--registry", folder.file("r"), "list", "--json"])
    #expect(listing.output == "{\"services\":[],\"total\":0}\n")

    let kept = try ChildProcess.svcreg(
      ["--registry", folder.file("r"), "run", "--keep-going", folder.file("bad.svc")])
    #expect(kept.status == 1)
    let after = try ChildProcess.svcreg(["--registry", folder.file("r"), "list", "--json"])
    #expect(after.output.contains("\"id\":\"y\""))
  }

  @Test func anAtomicRunWithAnErrorWritesNothing() throws {
    let folder = try Self.freshRegistry()
    defer { folder.remove() }
    try folder.write(
      Self.commands.joined(separator: "\n") + "\nlink siakad-uin-jakarta nowhere\n", to: "a.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.file("r"), "run", "--atomic", folder.file("a.svc")])
    #expect(outcome.status == 1)
    #expect(
      outcome.errorOutput.contains(
        "links to services that do not exist: siakad-uin-jakarta -> nowhere"))
    #expect(try Self.files(in: folder.file("r")).keys.sorted() == ["registry.toml", "units.toml"])
  }
}

enum CommandLanguageTestsSupport {
  /// Splits a command line the way the shell would before handing words to `svcreg`.
  static func words(_ line: String) throws -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for character in line {
      if character == "'" {
        quoted.toggle()
        inWord = true
      } else if character == " " && !quoted {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
