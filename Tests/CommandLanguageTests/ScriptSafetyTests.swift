import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// Scripts as users really write and run them: several files in one atomic run, CRLF line
/// ends, bytes that are not UTF-8, folders, batch commands where they cannot work.
@Suite struct ScriptSafetyTests {
  func services(in folder: TemporaryDirectory) throws -> Set<String> {
    Set(try RegistryStore.open(at: folder.path).registry.services.keys.map(\.rawValue))
  }

  @Test func anAtomicRunOfSeveralFilesIsOneBatch() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write("register a --name A --unit pusat/setjen\n", to: "a.svc")
    try folder.write(
      "register b --name B --unit pusat/setjen\nregister b --name B2 --unit pusat/setjen\n",
      to: "b.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", folder.file("a.svc"), folder.file("b.svc"), "--atomic"])
    #expect(outcome.status == 1)
    #expect(outcome.errorOutput.contains("b.svc:2: error:"))
    #expect(outcome.errorOutput.contains("nothing was written"))
    #expect(try services(in: folder).isEmpty)
    // Inside the shell too.
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let result = session.execute(
      line: "run \(folder.file("a.svc")) \(folder.file("b.svc")) --atomic")
    #expect(result.exitStatus == 1)
    #expect(try services(in: folder).isEmpty)
  }

  @Test func aMissingFileStopsAnAtomicRunBeforeAnythingRuns() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write("register a --name A --unit pusat/setjen\n", to: "a.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", folder.file("a.svc"), folder.file("missing.svc")])
    #expect(outcome.status == 1)
    #expect(try services(in: folder).isEmpty)
  }

  @Test(arguments: ["commit", "rollback", "quit", "begin"])
  func batchCommandsAreRefusedInsideAnAtomicRun(_ command: String) throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write(
      "register a --name A --unit pusat/setjen\n\(command)\nregister b --name B --unit pusat/setjen\n",
      to: "s.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", "--atomic", folder.file("s.svc")])
    #expect(outcome.status == 1)
    #expect(
      outcome.errorOutput.contains("s.svc:2: error: '\(command)' cannot be used in 'run --atomic'"))
    #expect(try services(in: folder).isEmpty)
  }

  @Test func windowsLineEndsEndLinesAndNeverReachAValue() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write(
      "register a --name Finance --unit pusat/setjen\r\nregister b --name 'B b' \\\r\n"
        + "  --unit pusat/setjen\r\n",
      to: "s.svc")
    let outcome = try ChildProcess.svcreg(["--registry", folder.path, "run", folder.file("s.svc")])
    #expect(outcome.status == 0, "\(outcome.errorOutput)")
    let registry = try RegistryStore.open(at: folder.path).registry
    #expect(registry.services[ServiceID("a")!]?.name == "Finance")
    #expect(registry.services[ServiceID("b")!]?.name == "B b")
    // Standard input too.
    let piped = try ChildProcess.svcreg(
      ["--registry", folder.path], input: "register c --name Cee --unit pusat/setjen\r\n")
    #expect(piped.status == 0, "\(piped.errorOutput)")
    #expect(
      try RegistryStore.open(at: folder.path).registry.services[ServiceID("c")!]?.name == "Cee")
  }

  @Test func bytesThatAreNotUTF8AreAnErrorAtTheirPlace() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var bytes = Data("stats\nregister a --name 'F".utf8)
    bytes.append(0xFF)
    bytes.append(contentsOf: "' --unit pusat/setjen\n".utf8)
    try bytes.write(to: URL(fileURLWithPath: folder.file("s.svc")))
    let outcome = try ChildProcess.svcreg(["--registry", folder.path, "run", folder.file("s.svc")])
    #expect(outcome.status == 1)
    #expect(outcome.errorOutput.contains("s.svc:2: error: column 21: not valid UTF-8"))
    #expect(try services(in: folder).isEmpty)
    let checked = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", "--check", folder.file("s.svc")])
    #expect(checked.status == 1)
    #expect(checked.errorOutput.contains("s.svc:2: error: column 21"))
  }

  @Test func runningAFolderIsAnError() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let outcome = try ChildProcess.svcreg(["--registry", folder.path, "run", folder.path])
    #expect(outcome.status == 1)
    #expect(outcome.errorOutput.contains("it is a folder"))
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    #expect(session.execute(line: "source \(folder.path)").exitStatus == 1)
  }

  @Test func logReportsLinesItCannotRead() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    #expect(session.execute(line: "register a --name A --unit pusat/setjen").exitStatus == 0)
    let journal = try folder.read("journal.log")
    try folder.write("<<<<<<< HEAD\n" + journal + ">>>>>>> theirs\n", to: "journal.log")
    let result = session.execute(line: "log")
    #expect(result.output.contains("register a"))
    #expect(result.errorOutput.contains("journal.log:1: warning: not a journal entry"))
    #expect(result.errorOutput.contains("journal.log:3: warning"))
  }
}

/// Standard input and output as other programs use them.
@Suite struct StandardStreamTests {
  @Test func eachPipedCommandRunsAsSoonAsItsLineArrives() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let process = Process()
    process.executableURL = BuiltProducts.svcreg
    process.arguments = ["--registry", folder.path]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    input.fileHandleForWriting.write(Data("stats\n".utf8))
    // The answer comes while standard input is still open: a program driving svcreg over a
    // pipe can read it before sending the next line.
    var received = Data()
    let deadline = Date().addingTimeInterval(20)
    while !String(decoding: received, as: UTF8.self).contains("by lifecycle"), Date() < deadline {
      received.append(output.fileHandleForReading.availableData)
    }
    #expect(String(decoding: received, as: UTF8.self).contains("by lifecycle"))
  }

  @Test func aFullOrClosedStandardOutputIsAnErrorNotACrash() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let svcreg = BuiltProducts.svcreg.path
    let full = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "'\(svcreg)' --registry '\(folder.path)' stats > /dev/full"])
    #expect(full.status == 1)
    #expect(!full.wasSignalled)
    #expect(full.errorOutput.contains("cannot write standard output"))
    let closed = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"),
      ["-c", "'\(svcreg)' --registry '\(folder.path)' register a --name A --unit pusat/setjen >&-"])
    #expect(closed.status == 1)
    #expect(!closed.wasSignalled)
    #expect(closed.errorOutput.contains("cannot write standard output"))
  }
}

/// The environment is read once, at launch, and a bad value is an error there.
@Suite struct LaunchEnvironmentTests {
  func launch(_ environment: [String: String]) throws(CommandError) -> Launch {
    try Launch.parse(["stats"], environment: environment, isTerminal: false, currentDirectory: "/")
  }

  @Test func aFixedTodayIsTakenAtLaunch() throws {
    #expect(try launch(["SVCREG_TODAY": "2026-11-29"]).options.today?.description == "2026-11-29")
    #expect(try launch([:]).options.today == nil)
  }

  @Test(arguments: ["2026-13-01", "yesterday", "2026-02-30"])
  func aTodayThatIsNoDateIsAnError(_ value: String) {
    #expect {
      try launch(["SVCREG_TODAY": value])
    } throws: { error in
      "\(error)".contains("SVCREG_TODAY") && "\(error)".contains(value)
    }
    let outcome = try? ChildProcess.svcreg(["stats"], environment: ["SVCREG_TODAY": value])
    #expect(outcome?.status == 2)
  }
}

/// Long computations give way to Ctrl-C.
@Suite struct InterruptTests {
  @Test func anInterruptedComputationReturnsAtOnce() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let start = ContinuousClock.now
    session.interruptCheck = { ContinuousClock.now - start > .milliseconds(100) }
    #expect(throws: CommandError.self) {
      try session.interruptibly { () -> Int in
        sleep(5)
        return 1
      }
    }
    #expect(ContinuousClock.now - start < .seconds(2))
    session.interruptCheck = { false }
    #expect(try session.interruptibly { 42 } == 42)
  }
}

/// Command-line arguments are UTF-8 or refused, never silently repaired.
@Suite struct ArgumentEncodingTests {
  @Test func anArgumentThatIsNotUTF8IsRefused() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let outcome = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"),
      [
        "-c",
        "'\(BuiltProducts.svcreg.path)' --registry '\(folder.path)' register a --name "
          + "\"$(printf 'Caf\\351')\" --unit pusat/setjen",
      ])
    #expect(outcome.status == 2)
    #expect(outcome.errorOutput.contains("argument 6 is not valid UTF-8"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/a.toml")))
  }
}

/// Script errors carry their place as data: the script's line, the column of a usage error,
/// and the store's own file when it names one, whatever the colours.
@Suite struct ScriptErrorLocationTests {
  @Test(arguments: [false, true])
  func errorsAreSaidAtTheirLineAndColumn(colour: Bool) throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var session = try Session(
      options: SessionOptions(registryPath: folder.path, actor: "t", color: colour))
    var errors = ""
    let status = session.runScript(
      "register a --name A --unit pusat/setjen\n\nregister b --name B --bogus x\n",
      named: "s.svc", mode: .init(keepGoing: true)
    ) { errors += $0.errorOutput }
    #expect(status == 1)
    let plain = errors.replacingOccurrences(of: "\u{1B}[31m", with: "")
      .replacingOccurrences(of: "\u{1B}[0m", with: "")
    #expect(plain.hasPrefix("s.svc:3:21: error: "), "\(errors.debugDescription)")
    #expect(plain.contains("(see 'help register')"))
    #expect(errors.contains("\u{1B}[31m") == colour)
  }

  @Test func aFailingCommandsNotesAreSaidAtTheLineThatRanIt() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write("register a --name A --unit pusat/setjen\nshow nowhere\n", to: "inner.svc")
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    var errors = ""
    _ = session.runScript(
      "source \(folder.file("inner.svc"))\n", named: "outer.svc", mode: .init()
    ) { errors += $0.errorOutput }
    // The nested script's own place, then the line of the outer script that ran it.
    #expect(errors.contains("outer.svc:1: \(folder.file("inner.svc")):2: error: "), "\(errors)")
  }
}
