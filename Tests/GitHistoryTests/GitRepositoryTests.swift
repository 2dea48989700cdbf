import Foundation
import GitHistory
import TestSupport
import Testing

/// `GitRepository` against real repositories: revisions, changed paths and file contents.
@Suite struct GitRepositoryTests {
  static func git(_ arguments: [String], in folder: String) throws {
    let outcome = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/git"),
      ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=main"]
        + arguments, currentDirectory: folder)
    #expect(outcome.status == 0, "git \(arguments): \(outcome.errorOutput)")
  }

  /// A repository with a folder `sub` holding a.txt (binary bytes), b.txt and d/c.txt, one
  /// commit tagged `one`.
  static func repository() throws -> TemporaryDirectory {
    let folder = TemporaryDirectory(prefix: "svcreg-git-history")
    try FileManager.default.createDirectory(
      atPath: folder.file("sub/d"), withIntermediateDirectories: true)
    try Data([0, 10, 255, 13, 10, 0x3c]).write(to: URL(fileURLWithPath: folder.file("sub/a.txt")))
    try folder.write("b\n", to: "sub/b.txt")
    try folder.write("c\n", to: "sub/d/c.txt")
    try folder.write("outside\n", to: "top.txt")
    try git(["init", "-q"], in: folder.path)
    try git(["add", "-A"], in: folder.path)
    try git(["commit", "-qm", "one"], in: folder.path)
    try git(["tag", "one"], in: folder.path)
    return folder
  }

  @Test func contentsAreTheCommittedBytesAndNothingForWhatIsNoFile() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    let repository = try GitRepository(containing: folder.file("sub"))
    let commit = try repository.commit(named: "one")
    #expect(commit.count == 40)
    let contents = try repository.contents(
      of: ["a.txt", "b.txt", "missing.txt", "d", "line\nbreak"], at: commit)
    #expect(contents["a.txt"] == .some([0, 10, 255, 13, 10, 0x3c]))
    #expect(contents["b.txt"] == .some(Array("b\n".utf8)))
    #expect(contents["missing.txt"] == .some(nil))
    #expect(contents["d"] == .some(nil))
    #expect(contents["line\nbreak"] == .some(nil))
    #expect(try repository.pathFromTop() == "sub/")
  }

  @Test func changedPathsAreRelativeToTheFolderAndIncludeUntrackedFiles() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    try folder.write("B\n", to: "sub/b.txt")
    try FileManager.default.removeItem(atPath: folder.file("sub/d/c.txt"))
    try folder.write("new\n", to: "sub/d/new.txt")
    try folder.write("changed outside\n", to: "top.txt")
    let repository = try GitRepository(containing: folder.file("sub"))
    let commit = try repository.commit(named: "HEAD")
    #expect(
      Set(try repository.changedPaths(from: commit, to: nil)) == ["b.txt", "d/c.txt", "d/new.txt"])
    try Self.git(["add", "-A"], in: folder.path)
    try Self.git(["commit", "-qm", "two"], in: folder.path)
    let two = try repository.commit(named: "HEAD")
    #expect(
      Set(try repository.changedPaths(from: commit, to: two)) == ["b.txt", "d/c.txt", "d/new.txt"])
    #expect(try repository.changedPaths(from: two, to: nil).isEmpty)
  }

  @Test func revisionsThatAreNoCommitAreRefused() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    let repository = try GitRepository(containing: folder.path)
    #expect(throws: GitError.unknownRevision("nope")) { try repository.commit(named: "nope") }
    #expect(throws: GitError.unknownRevision("--output=x")) {
      try repository.commit(named: "--output=x")
    }
    #expect(throws: GitError.unknownRevision("")) { try repository.commit(named: "") }
    let outside = TemporaryDirectory(prefix: "svcreg-no-git")
    defer { outside.remove() }
    #expect(throws: GitError.notARepository(outside.path)) {
      try GitRepository(containing: outside.path)
    }
  }

  @Test func configurationIsTheClonesOwn() throws {
    let folder = try Self.repository()
    defer { folder.remove() }
    let repository = try GitRepository(containing: folder.path)
    #expect(try repository.configuration("merge.svcreg.driver") == nil)
    try repository.setConfiguration("merge.svcreg.driver", to: "svcreg merge-driver %O %A %B %P")
    #expect(
      try repository.configuration("merge.svcreg.driver") == "svcreg merge-driver %O %A %B %P")
  }
}
