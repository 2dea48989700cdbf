import Foundation
import RegistryStore
import TestSupport
import Testing

/// Two administrators on two branches, merged with plain `git merge`.
@Suite struct GitMergeTests {
  /// Runs git in `folder`, failing the test when it fails unless `allowFailure`.
  @discardableResult
  static func git(_ arguments: [String], in folder: String, allowFailure: Bool = false) throws
    -> ChildProcess.Outcome
  {
    let outcome = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/git"),
      ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"]
        + arguments, currentDirectory: folder)
    if !allowFailure {
      #expect(outcome.status == 0, "git \(arguments): \(outcome.errorOutput)")
    }
    return outcome
  }

  static func svcreg(_ arguments: [String], in folder: String) throws {
    let outcome = try ChildProcess.svcreg(["--registry", folder] + arguments)
    #expect(outcome.status == 0, "\(arguments): \(outcome.errorOutput)")
  }

  /// A registry in git with two units, and two branches that each register one service.
  static func twoBranches(keepAttributes: Bool) throws -> TemporaryDirectory {
    let folder = TemporaryDirectory(prefix: "svcreg-git")
    let registry = folder.path
    try svcreg(["init", registry, "--name", "shared"], in: registry)
    try svcreg(["add-unit", "pusat/a", "--name", "A"], in: registry)
    try svcreg(["add-unit", "pusat/b", "--name", "B"], in: registry)
    if !keepAttributes { try FileManager.default.removeItem(atPath: folder.file(".gitattributes")) }
    try git(["init", "-q"], in: registry)
    try git(["add", "-A"], in: registry)
    try git(["commit", "-qm", "start"], in: registry)
    try git(["checkout", "-qb", "one"], in: registry)
    try svcreg(["register", "x", "--name", "X", "--unit", "pusat/a"], in: registry)
    try git(["add", "-A"], in: registry)
    try git(["commit", "-qm", "x"], in: registry)
    try git(["checkout", "-q", "main"], in: registry)
    try git(["checkout", "-qb", "two"], in: registry)
    try svcreg(["register", "y", "--name", "Y", "--unit", "pusat/b"], in: registry)
    try git(["add", "-A"], in: registry)
    try git(["commit", "-qm", "y"], in: registry)
    return folder
  }

  @Test func changesToDifferentServicesMergeWithoutConflict() throws {
    let folder = try Self.twoBranches(keepAttributes: true)
    defer { folder.remove() }
    let merge = try Self.git(["merge", "-q", "one", "-m", "merge"], in: folder.path)
    #expect(merge.status == 0)
    let store = try RegistryStore.open(at: folder.path)
    #expect(Set(store.registry.services.keys.map(\.rawValue)) == ["x", "y"])
    #expect(store.brokenFiles.isEmpty)
    let read = try Journal.read(inRegistryAt: folder.path)
    #expect(read.unreadableLines.isEmpty)
    #expect(
      read.entries.flatMap(\.ids) == ["x", "y"] || read.entries.flatMap(\.ids) == ["y", "x"])
    #expect(read.entries.map(\.time) == read.entries.map(\.time).sorted())
    #expect(read.entries.count == 4)  // two units, then x and y
  }

  @Test func withoutTheAttributeTheJournalConflicts() throws {
    // The control: plain git conflicts on the journal's end, which is what the attribute fixes.
    let folder = try Self.twoBranches(keepAttributes: false)
    defer { folder.remove() }
    let merge = try Self.git(
      ["merge", "-q", "one", "-m", "merge"], in: folder.path, allowFailure: true)
    #expect(merge.status != 0)
    #expect((merge.output + merge.errorOutput).contains("journal.log"))
  }

  @Test func initOnAnExistingRegistryAddsWhatItLacks() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write("*.png binary", to: ".gitattributes")
    let first = try ChildProcess.svcreg(["init", folder.path])
    #expect(first.status == 0, "\(first.errorOutput)")
    let lines = RegistryStore.gitAttributes
    #expect(first.output.contains("added to .gitattributes: " + lines.joined(separator: ", ")))
    #expect(
      try folder.read(".gitattributes") == (["*.png binary"] + lines).map { $0 + "\n" }.joined())
    let second = try ChildProcess.svcreg(["init", folder.path])
    #expect(second.output.contains("nothing to add"))
    #expect(
      try folder.read(".gitattributes") == (["*.png binary"] + lines).map { $0 + "\n" }.joined())
  }
}
