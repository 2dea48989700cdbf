import Foundation
import RegistryModel
import TestSupport
import Testing

@testable import RegistryStore

@Suite struct BatchTests {
  @Test func theRedoLogRoundTripsAndRejectsDamage() throws {
    let changes: [FileChange] = [
      .write(path: "services/a/x.toml", contents: Array("name = \"x\"\n".utf8)),
      .delete(path: "services/b/y.toml"),
      .append(path: "journal.log", offset: 42, contents: Array("{\"a\":1}\n".utf8)),
      .write(path: "empty", contents: []),
    ]
    let log = BatchLog.encode(changes)
    #expect(BatchLog.decode(log) == changes)
    #expect(BatchLog.decode(Array(log.dropLast(3))) == nil)
    var flipped = log
    flipped[30] ^= 0x01
    #expect(BatchLog.decode(flipped) == nil)
    #expect(BatchLog.decode([]) == nil)
  }

  @Test func aCommittedLogLeftBehindIsReplayedOnOpen() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    let changes: [FileChange] = [
      .write(
        path: "services/pusat/setjen/pusaka.toml",
        contents: Array(RegistryFixture.service("PUSAKA").utf8))
    ]
    try FileSystem.createDirectories(folder.file(".svcreg"))
    try Data(BatchLog.encode(changes)).write(
      to: URL(fileURLWithPath: folder.file(".svcreg/batch.log")))
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.keys.map(\.rawValue) == ["pusaka"])
    #expect(!FileManager.default.fileExists(atPath: folder.file(".svcreg/batch.log")))
  }

  @Test func anUncommittedLogIsDiscarded() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    let changes: [FileChange] = [
      .write(
        path: "services/pusat/setjen/x.toml", contents: Array(RegistryFixture.service("X").utf8))
    ]
    try FileSystem.createDirectories(folder.file(".svcreg"))
    try Data(BatchLog.encode(changes)).write(
      to: URL(fileURLWithPath: folder.file(".svcreg/batch.log.tmp")))
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder.file(".svcreg/batch.log.tmp")))
  }

  @Test func saveWritesMovesAndJournalsTogether() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["simpeg": RegistryFixture.service("SIMPEG")]
    ])
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var service = try #require(store.registry.services[try ServiceID(validating: "simpeg")])
    service.unit = try UnitPath(validating: "ptkn/uin-jakarta")
    do {
      let lock = try store.lockForWriting()
      try store.save(
        StoreUpdate(
          services: [service.id: service],
          journal: [JournalEntry(time: "t", actor: "me", command: "update simpeg", ids: ["simpeg"])]
        ),
        holding: lock)
    }
    #expect(
      !FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/simpeg.toml")))
    #expect(
      FileManager.default.fileExists(atPath: folder.file("services/ptkn/uin-jakarta/simpeg.toml")))
    #expect(try Journal.entries(inRegistryAt: folder.path).map(\.command) == ["update simpeg"])
    let reopened = try RegistryStore.open(at: folder.path)
    #expect(reopened.registry.services[service.id]?.unit == service.unit)
    let leftovers = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.contains(".tmp") || $0.hasSuffix("batch.log") }
    #expect(leftovers.isEmpty)
  }

  @Test func aSecondWriterWaitsAndThenFailsWithAClearMessage() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    let store = try RegistryStore.open(at: folder.path)
    do {
      let lock = try store.lockForWriting()
      #expect {
        _ = try store.lockForWriting(timeout: 0.05)
      } throws: { error in
        (error as? StoreError)?.description.contains("another svcreg (pid \(getpid())) is writing")
          ?? false
      }
      withExtendedLifetime(lock) {}
    }
    _ = try store.lockForWriting(timeout: 0.05)
  }

  @Test func changesOnDiskAreNoticedAndStaleWritesRefused() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["simpeg": RegistryFixture.service("SIMPEG")]
    ])
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var edited = try #require(store.registry.services[try ServiceID(validating: "simpeg")])
    edited.name = "mine"
    // Someone else rewrites the file and adds another one.
    try folder.write(RegistryFixture.service("SIMPEG v2"), to: "services/pusat/setjen/simpeg.toml")
    try folder.write(RegistryFixture.service("SIWAK"), to: "services/pusat/setjen/siwak.toml")
    let lock = try store.lockForWriting()
    defer { withExtendedLifetime(lock) {} }
    #expect {
      try store.save(StoreUpdate(services: [edited.id: edited]), holding: lock)
    } throws: { error in
      guard case .changedOnDisk(let paths) = error as? StoreError else { return false }
      return paths.first?.hasSuffix("simpeg.toml") ?? false
    }
    let changed = try store.refresh()
    #expect(changed == ["services/pusat/setjen/simpeg.toml", "services/pusat/setjen/siwak.toml"])
    #expect(store.registry.services[edited.id]?.name == "SIMPEG v2")
    #expect(store.registry.services.count == 2)
    #expect(try store.refresh().isEmpty)
  }

  @Test func twoThousandFilesCommitInOneBatch() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    let unit = try UnitPath(validating: "pusat/setjen")
    var services: [ServiceID: Service?] = [:]
    for index in 0..<2_000 {
      let id = try ServiceID(validating: "svc-\(index)")
      services[id] = Service(id: id, unit: unit, name: "Service \(index)")
    }
    do {
      let lock = try store.lockForWriting()
      try store.save(StoreUpdate(services: services), holding: lock)
    }
    #expect(try RegistryStore.open(at: folder.path).registry.services.count == 2_000)
  }
}
