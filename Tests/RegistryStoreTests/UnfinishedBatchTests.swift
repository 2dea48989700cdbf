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

  @Test func aLinkAmongManyFilesOfOneBatchIsFound() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen", "pusat/biro"])
    defer { folder.remove() }
    let outside = TemporaryDirectory()
    defer { outside.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.file("services/pusat/setjen"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.file("services/pusat/biro"), withDestinationPath: outside.path)
    var store = try RegistryStore.open(at: folder.path)
    let lock = try store.lockForWriting(timeout: 1)
    var services: [ServiceID: Service?] = [:]
    for index in 0..<20 {
      let unit = index == 13 ? "pusat/biro" : "pusat/setjen"
      let service = Service(id: ServiceID("s\(index)")!, unit: UnitPath(unit)!, name: "S")
      services[service.id] = service
    }
    #expect {
      try store.save(StoreUpdate(services: services), holding: lock)
    } throws: { error in
      guard case .outsideRegistry(let path, _) = error as? StoreError else { return false }
      return path.hasSuffix("services/pusat/biro")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.file("services/pusat/setjen"))
        .isEmpty)
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

/// A real full disk: a small tmpfs, where the machine lets the tests mount one (as root).
@Suite(.serialized) struct FullDiskTests {
  /// Mounts a tmpfs of `size` at a new folder, or returns nil where mounting is not allowed.
  static func mountSmallDisk(size: String) -> TemporaryDirectory? {
    guard getuid() == 0 else { return nil }
    let folder = TemporaryDirectory(prefix: "svcreg-full")
    let outcome = try? ChildProcess.run(
      URL(fileURLWithPath: "/bin/mount"),
      ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path])
    guard outcome?.status == 0 else {
      folder.remove()
      return nil
    }
    return folder
  }

  static let canMount: Bool = {
    guard let disk = mountSmallDisk(size: "64k") else { return false }
    _ = try? ChildProcess.run(URL(fileURLWithPath: "/bin/umount"), [disk.path])
    disk.remove()
    return true
  }()

  @Test(.enabled(if: canMount, "needs root and permission to mount a tmpfs"))
  func aDiskThatFillsAfterTheCommitPointIsReportedAndFinishedLater() throws {
    let disk = try #require(Self.mountSmallDisk(size: "256k"))
    defer {
      _ = try? ChildProcess.run(URL(fileURLWithPath: "/bin/umount"), [disk.path])
      disk.remove()
    }
    let registry = disk.file("registry")
    #expect(try ChildProcess.svcreg(["init", registry]).status == 0)
    #expect(
      try ChildProcess.svcreg(["--registry", registry, "add-unit", "pusat", "--name", "P"]).status
        == 0)
    // 100 services of 600 bytes: the redo log (with the journal) fits, the files, a 4 KB page
    // each, do not.
    let description = String(repeating: "x", count: 600)
    let script = (0..<100).map {
      "register s\($0) --name S\($0) --unit pusat --description \(description)"
    }.joined(separator: "\n")
    let outside = TemporaryDirectory()
    defer { outside.remove() }
    try outside.write(script, to: "big.svc")
    let failed = try ChildProcess.svcreg(
      ["--registry", registry, "run", "--atomic", outside.file("big.svc")])
    #expect(failed.status == 1)
    #expect(
      failed.errorOutput.contains("the change was committed, but only"), "\(failed.errorOutput)")
    #expect(failed.errorOutput.contains("No space left on device"))
    let stats = try ChildProcess.svcreg(["--registry", registry, "--json", "stats"])
    #expect(stats.status == 0, "\(stats.errorOutput)")
    #expect(try JSONSerialization.jsonObject(with: Data(stats.output.utf8)) is [String: Any])
    // Room again: the next writer finishes the batch, then makes its own change.
    let grown = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/mount"), ["-o", "remount,size=4m", disk.path])
    #expect(grown.status == 0)
    let next = try ChildProcess.svcreg(
      ["--registry", registry, "register", "late", "--name", "Late", "--unit", "pusat"])
    #expect(next.status == 0, "\(next.errorOutput)")
    let store = try RegistryStore.open(at: registry)
    #expect(store.registry.services.count == 101)
    #expect(store.brokenFiles.isEmpty)
  }
}
