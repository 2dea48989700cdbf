import Foundation
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// Changes that break things say so: `link` warns (or refuses with `--strict`), and lifecycle
/// changes and commits print the locks they introduce and resolve.
@Suite final class ChangeWarningsTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: [
        "pusat/setjen": [
          "a": RegistryFixture.service("A", links: ["b"]),
          "b": RegistryFixture.service("B"),
          "old": RegistryFixture.service("Old", versions: ["1.0.0"]),
          "gone": RegistryFixture.service("Gone", lifecycle: "retired"),
        ]
      ])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  deinit { folder.remove() }

  @Test(arguments: [
    ("link b a", "it closes a loop: b -> a -> b"),
    ("link a a", "a would depend on itself"),
    ("link a old --range ^9", "no version of old that is not retired satisfies ^9 (it has 1.0.0)"),
    ("link a gone", "gone is retired"),
  ])
  func aLinkThatBreaksSomethingIsMadeWithAWarning(_ line: String, _ warning: String) {
    let result = session.execute(line: line)
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.errorOutput.contains("warning: \(warning)"), "\(result.errorOutput)")
  }

  @Test func strictRefusesAndWritesNothing() throws {
    let before = try folder.read("services/pusat/setjen/b.toml")
    let result = session.execute(line: "link b a --strict")
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput.contains("link refused (--strict)"))
    #expect(try folder.read("services/pusat/setjen/b.toml") == before)
  }

  @Test func aHarmlessLinkSaysNothingMore() {
    let result = session.execute(line: "link a old --range ^1")
    #expect(result.exitStatus == 0)
    #expect(result.errorOutput.isEmpty)
  }

  @Test func retiringSaysWhichLocksItIntroduced() {
    let result = session.execute(line: "retire b --force")
    #expect(result.exitStatus == 0, "\(result.errorOutput)")
    #expect(result.output.contains("locks: 1 introduced, 0 resolved"))
    #expect(result.output.contains("+ error retired-dependency: a is active but depends on b"))
  }

  @Test func aCommitSaysWhichLocksItIntroducedAndResolved() {
    for line in ["begin", "link b a", "deprecate old --reason 'moved' --replaced-by a"] {
      #expect(session.execute(line: line).exitStatus == 0, "\(line)")
    }
    let result = session.execute(line: "commit")
    #expect(result.output.contains("locks: 1 introduced, 0 resolved"), "\(result.output)")
    #expect(result.output.contains("+ error cycle"))
  }

  @Test func noServiceIsAdvisedToUseItself() {
    for line in [
      "link a old", "deprecate old --reason moved --replaced-by a", "retire old --force",
    ] {
      #expect(session.execute(line: line).exitStatus == 0, "\(line)")
    }
    let locks = session.execute(line: "locks").output
    #expect(locks.contains("a is active but depends on old, which is retired"))
    #expect(!locks.contains("replaced by a"), "\(locks)")
  }
}

/// An open batch is never lost without a word.
@Suite final class OpenBatchTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(
      units: ["pusat/setjen"],
      services: ["pusat/setjen": ["a": RegistryFixture.service("A")]])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
  }

  deinit { folder.remove() }

  @Test func quitAsksOnceBeforeDroppingABatch() {
    #expect(session.execute(line: "begin").exitStatus == 0)
    #expect(session.execute(line: "register b --name B --unit pusat/setjen").exitStatus == 0)
    let first = session.execute(line: "quit")
    #expect(!first.shouldQuit)
    #expect(first.errorOutput.contains("a batch with 1 change is open and would be lost"))
    #expect(session.execute(line: "exit").shouldQuit)
  }

  @Test func backslashQLeavesAsPsqlDoes() {
    #expect(session.execute(line: " \\q ").shouldQuit)
    #expect(!session.execute(line: "q").shouldQuit)
  }

  @Test func anotherCommandBetweenResetsTheQuestion() {
    #expect(session.execute(line: "begin").exitStatus == 0)
    #expect(!session.execute(line: "quit").shouldQuit)
    #expect(session.execute(line: "list").exitStatus == 0)
    #expect(!session.execute(line: "quit").shouldQuit)
  }

  @Test func aRefusedCommitKeepsTheBatchOpenForRepair() {
    for line in ["begin", "register b --name B --unit pusat/setjen", "link b ghost"] {
      #expect(session.execute(line: line).exitStatus == 0, "\(line)")
    }
    let refused = session.execute(line: "commit")
    #expect(refused.exitStatus == 1)
    #expect(refused.errorOutput.contains("ghost"))
    #expect(session.isInBatch)
    #expect(session.execute(line: "unlink b ghost").exitStatus == 0)
    #expect(session.execute(line: "commit").exitStatus == 0)
    #expect(!session.isInBatch)
    #expect(FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/b.toml")))
  }

  @Test func pipedInputEndingInsideABatchSaysNothingWasWritten() throws {
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path], input: "begin\nregister b --name B --unit pusat/setjen\n")
    #expect(outcome.status == 1)
    #expect(outcome.errorOutput.contains("none of it was written"))
    #expect(!FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/b.toml")))
  }
}
