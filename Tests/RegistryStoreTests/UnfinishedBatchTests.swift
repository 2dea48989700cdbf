import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

/// Batches that cannot be finished: a damaged redo log, a write that fails after the commit
/// point. Nothing is silently dropped, reads go on, and writes wait until it is resolved.
@Suite(.serialized) struct UnfinishedBatchTests {
  static let batchSize = 12

  static func script() -> String {
    (0..<batchSize).map { "register svc-\($0) --name 'Service \($0)' --unit pusat/setjen" }
      .joined(separator: "\n") + "\n"
  }

  /// A batch killed after a few files, with its committed log then cut short or changed.
  static func interruptedBatch(damage: (inout Data) -> Void) throws -> TemporaryDirectory {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    try folder.write(script(), to: "batch.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", "--atomic", folder.file("batch.svc")],
      environment: ["SVCREG_CRASH_AT": "applied:5"])
    #expect(outcome.wasSignalled)
    let log = URL(fileURLWithPath: folder.file(".svcreg/batch.log"))
    var bytes = try Data(contentsOf: log)
    damage(&bytes)
    try bytes.write(to: log)
    return folder
  }

  @Test(arguments: ["truncated", "flipped"])
  func aDamagedCommittedLogIsKeptReportedAndBlocksWrites(_ damage: String) throws {
    let folder = try Self.interruptedBatch { bytes in
      if damage == "truncated" {
        bytes = bytes.prefix(bytes.count * 2 / 3)
      } else {
        bytes[bytes.count / 2] ^= 0x20
      }
    }
    defer { folder.remove() }
    // Reading still works, and says what is wrong.
    var store = try RegistryStore.open(at: folder.path)
    guard case .damagedBatchLog(let path, let files) = store.unfinishedBatch else {
      Issue.record("expected a damaged log, got \(String(describing: store.unfinishedBatch))")
      return
    }
    #expect(path.hasSuffix(".svcreg/batch.log"))
    #expect(files.contains("services/pusat/setjen/svc-0.toml"))
    #expect(FileManager.default.fileExists(atPath: folder.file(".svcreg/batch.log")))
    // Every file the batch wrote is whole: none is empty or cut short.
    #expect(store.brokenFiles.isEmpty, "\(store.brokenFiles)")
    #expect(store.registry.services.count == 5)
    // A write is refused, and the log is still there afterwards.
    do {
      let lock = try store.lockForWriting(timeout: 1)
      #expect(throws: StoreError.self) {
        try store.save(
          StoreUpdate(services: [
            ServiceID("x")!: Service(
              id: ServiceID("x")!, unit: UnitPath("pusat/setjen")!, name: "X")
          ]), holding: lock)
      }
    }
    #expect(!FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/x.toml")))
    // The documented way out: check the listed files, then delete the log.
    try FileManager.default.removeItem(atPath: folder.file(".svcreg/batch.log"))
    let repaired = try RegistryStore.open(at: folder.path)
    #expect(repaired.unfinishedBatch == nil)
  }

  @Test func aWriteThatFailsAfterTheCommitPointSaysSoAndIsFinishedByTheNextWriter() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write(Self.script(), to: "batch.svc")
    let failed = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", "--atomic", folder.file("batch.svc")],
      environment: ["SVCREG_FAIL_AT": "applied:4"])
    #expect(failed.status == 1)
    #expect(failed.errorOutput.contains("committed, but only 4 of 13 file changes"))
    #expect(failed.errorOutput.contains("No space left on device"))
    // Read-only commands still work, warn, and keep --json output JSON.
    let stats = try ChildProcess.svcreg(
      ["--registry", folder.path, "--json", "stats"],
      environment: ["SVCREG_FAIL_AT": "applied:4"])
    #expect(stats.status == 0, "\(stats.errorOutput)")
    #expect(try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) is [String: Any])
    #expect(stats.errorOutput.contains("could not be finished"))
    // Once the cause is gone, the next writer finishes the batch before its own change.
    let next = try ChildProcess.svcreg(
      ["--registry", folder.path, "register", "late", "--name", "Late", "--unit", "pusat/setjen"])
    #expect(next.status == 0, "\(next.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == Self.batchSize + 1)
    #expect(store.unfinishedBatch == nil)
    #expect(try Journal.entries(inRegistryAt: folder.path).count == Self.batchSize + 1)
  }
}

/// Files svcreg must never rewrite, and places it must never write to.
@Suite struct WriteRefusalTests {
  func save(units: Bool, settings: Bool, in folder: TemporaryDirectory) throws {
    var store = try RegistryStore.open(at: folder.path)
    let lock = try store.lockForWriting(timeout: 1)
    try store.save(
      StoreUpdate(
        units: units ? store.registry.units : nil,
        settings: settings ? store.registry.settings : nil),
      holding: lock)
  }

  @Test(arguments: ["units.toml", "registry.toml"])
  func aFileThatDoesNotParseIsNeverRewritten(_ file: String) throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen", "ptkn/uin-jakarta"])
    defer { folder.remove() }
    let original = try folder.read(file)
    let conflicted = "<<<<<<< HEAD\n\(original)=======\n\(original)>>>>>>> theirs\n"
    try folder.write(conflicted, to: file)
    #expect {
      try save(units: file == "units.toml", settings: file == "registry.toml", in: folder)
    } throws: { error in
      guard case .brokenFileBlocksWrite(_, let cause) = error as? StoreError else { return false }
      return cause.error.location?.line == 1 && "\(error)".contains("Repair it by hand")
    }
    #expect(try folder.read(file) == conflicted)
  }

  @Test func aNewerSchemaIsReadButNeverWritten() throws {
    let folder = try RegistryFixture.make(
      units: ["pusat/setjen"], services: ["pusat/setjen": ["a": RegistryFixture.service("A")]])
    defer { folder.remove() }
    try folder.write("name = \"test\"\nschema = 99\n", to: "registry.toml")
    var store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == 1)
    let lock = try store.lockForWriting(timeout: 1)
    let service = Service(id: ServiceID("b")!, unit: UnitPath("pusat/setjen")!, name: "B")
    #expect(
      throws: StoreError.unsupportedSchema(
        path: folder.file("registry.toml"), found: 99, supported: 1)
    ) {
      try store.save(StoreUpdate(services: [service.id: service]), holding: lock)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/b.toml")))
  }

  @Test func nothingIsWrittenThroughALinkOutOfTheRegistry() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let outside = TemporaryDirectory()
    defer { outside.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("services/pusat"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("services/pusat/setjen"), withDestinationPath: outside.path)
    var store = try RegistryStore.open(at: folder.path)
    let lock = try store.lockForWriting(timeout: 1)
    let service = Service(id: ServiceID("b")!, unit: UnitPath("pusat/setjen")!, name: "B")
    #expect {
      try store.save(StoreUpdate(services: [service.id: service]), holding: lock)
    } throws: { error in
      guard case .outsideRegistry(let path, _) = error as? StoreError else { return false }
      return path.hasSuffix("services/pusat/setjen")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
  }

  @Test func theLockIsNeverFollowedOutOfTheRegistry() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let outside = TemporaryDirectory()
    defer { outside.remove() }
    try outside.write("precious\n", to: "target")
    try FileManager.default.createDirectory(
      atPath: folder.file(".svcreg"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file(".svcreg/lock"), withDestinationPath: outside.file("target"))
    let store = try RegistryStore.open(at: folder.path)
    #expect(throws: StoreError.self) { try store.lockForWriting(timeout: 1) }
    #expect(try outside.read("target") == "precious\n")
  }

  @Test func aJournalWithoutAFinalNewlineKeepsEveryEntry() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    let first = try ChildProcess.svcreg(
      ["--registry", folder.path, "register", "a", "--name", "A", "--unit", "pusat/setjen"])
    #expect(first.status == 0)
    var journal = try folder.read("journal.log")
    journal.removeLast()
    try folder.write(journal, to: "journal.log")
    let second = try ChildProcess.svcreg(
      ["--registry", folder.path, "register", "b", "--name", "B", "--unit", "pusat/setjen"])
    #expect(second.status == 0)
    let read = try Journal.read(inRegistryAt: folder.path)
    #expect(read.entries.map(\.ids) == [["a"], ["b"]])
    #expect(read.unreadableLines.isEmpty)
  }
}
