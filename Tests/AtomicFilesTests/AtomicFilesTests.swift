import AtomicFiles
import Foundation
import Testing

/// The one atomic writer: a file is the old one or the new one, and no temporary stays behind.
@Suite struct AtomicFilesTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "/atomic-files-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  private func entries() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test(arguments: [false, true])
  func replaceWritesEveryPartAndLeavesNoTemporary(durable: Bool) throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/file.txt"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    try AtomicFiles.replace(
      path, with: [Array("one ".utf8), [], Array("two".utf8)], durable: durable)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "one two")
    #expect(try entries() == ["file.txt"])
  }

  @Test func aFailedRenameLeavesTheOldFileAndNoTemporary() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A folder where the file should go: the rename fails, as it would on a read-only target.
    let path = folder + "/taken"
    try FileManager.default.createDirectory(
      atPath: path + "/inside", withIntermediateDirectories: true)
    #expect(throws: FileFailure.self) {
      try AtomicFiles.replace(path, with: [Array("new".utf8)], durable: false)
    }
    #expect(try entries() == ["taken"])
    #expect(FileManager.default.fileExists(atPath: path + "/inside"))
  }

  @Test func aMissingFolderIsAFailureNamingTheTemporary() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      try AtomicFiles.replace(folder + "/no/such/file", with: [[UInt8(1)]], durable: true)
      Issue.record("expected a failure")
    } catch {
      #expect(error.operation == "create")
      #expect(error.code == ENOENT)
      #expect(error.path.hasPrefix(folder + "/no/such/.file.tmp-"))
      #expect(error.description.hasSuffix(": cannot create: No such file or directory"))
    }
  }

  @Test func temporaryNamesAreHiddenBesideTheTargetAndNeverRepeat() {
    let names = (0..<100).map { _ in AtomicFiles.temporaryPath(beside: "/a/b/c.toml") }
    #expect(Set(names).count == 100)
    #expect(names.allSatisfy { $0.hasPrefix("/a/b/.c.toml.tmp-\(getpid())-") })
    #expect(AtomicFiles.temporaryPath(beside: "plain").hasPrefix(".plain.tmp-"))
  }
}
