import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

/// The closure-scoped write and the transaction: the only ways a change reaches the files.
@Suite struct WriteAPITests {
  private static func journal(_ changes: RegistryChanges) -> JournalEntry {
    JournalEntry(
      time: "t", actor: "test", command: "change",
      ids: changes.services.map(\.rawValue).sorted())
  }

  private func newService(_ id: String, unit: String = "pusat/setjen") throws -> Service {
    Service(
      id: try ServiceID(validating: id), unit: try UnitPath(validating: unit), name: id.uppercased()
    )
  }

  @Test func aWriteLandsWithItsJournalLineAndLeavesTheLockToTheCaller() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var lock: WriterLock?
    let service = try newService("pusaka")
    let changes = try store.write(lock: &lock, journal: Self.journal) {
      (registry) throws(StoreError) in
      do throws(ModelError) { try registry.register(service) } catch { throw .model(error) }
      return RegistryChanges(services: [service.id])
    }
    #expect(changes.services == [service.id])
    #expect(lock != nil)
    #expect(
      FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/pusaka.toml")))
    #expect(try Journal.entries(inRegistryAt: folder.path).map(\.ids) == [["pusaka"]])
  }

  @Test func aChangeThatThrowsWritesNothingAndKeepsTheRegistry() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["simpeg": RegistryFixture.service("SIMPEG")]
    ])
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    let before = try folder.read("services/pusat/setjen/simpeg.toml")
    var lock: WriterLock?
    #expect(throws: StoreError.notARegistry("refused")) {
      try store.write(lock: &lock, journal: Self.journal) { (_) throws(StoreError) in
        throw .notARegistry("refused")
      }
    }
    #expect(try folder.read("services/pusat/setjen/simpeg.toml") == before)
    #expect(try Journal.entries(inRegistryAt: folder.path).isEmpty)
    #expect(store.registry.services.count == 1)
  }

  @Test func aWriteIsMadeOnTheNewestFiles() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    // Another writer adds a service after this store read the files.
    try folder.write(RegistryFixture.service("OTHER"), to: "services/pusat/setjen/other.toml")
    var lock: WriterLock?
    var seen = 0
    try store.write(lock: &lock, journal: Self.journal) { (registry) throws(StoreError) in
      seen = registry.services.count
      return RegistryChanges()
    }
    #expect(seen == 1)
  }

  @Test func aTransactionLandsWholeAtCommit() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var transaction = try store.beginTransaction()
    for id in ["a", "b", "c"] {
      let service = try newService(id)
      try transaction.change(journal: Self.journal) { (registry) throws(ModelError) in
        try registry.register(service)
        return RegistryChanges(services: [service.id])
      }
    }
    #expect(transaction.changeCount == 3)
    #expect(store.registry.services.isEmpty)
    var lock: WriterLock?
    try store.commit(transaction, lock: &lock)
    // The lock taken for the commit is the caller's, until it lets go (readers wait for it).
    #expect(lock != nil)
    lock = nil
    #expect(store.registry.services.count == 3)
    #expect(try RegistryStore.open(at: folder.path).registry.services.count == 3)
    #expect(try Journal.entries(inRegistryAt: folder.path).count == 3)
  }

  @Test(arguments: ["services/pusat/setjen/simpeg.toml", "units.toml", "registry.toml"])
  func aTransactionIsRefusedWhenAFileItWritesChangedSinceItBegan(_ changedFile: String) throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["simpeg": RegistryFixture.service("SIMPEG")]
    ])
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var transaction = try store.beginTransaction()
    let simpeg = try ServiceID(validating: "simpeg")
    try transaction.change(journal: Self.journal) { (registry) throws(ModelError) in
      switch changedFile {
      case "units.toml":
        try registry.addUnit(
          Unit(path: try UnitPath(validating: "pusat/itjen"), name: "Itjen", level: .central))
        return RegistryChanges(units: true)
      case "registry.toml":
        registry.settings.name = "renamed"
        return RegistryChanges(settings: true)
      default:
        registry.services[simpeg]!.name = "mine"
        return RegistryChanges(services: [simpeg])
      }
    }
    // Someone else changes the same file meanwhile (a different size, so it shows at once).
    let theirs = try folder.read(changedFile) + "\n# theirs\n"
    try folder.write(theirs, to: changedFile)
    var lock: WriterLock?
    #expect(throws: StoreError.changedOnDisk([folder.file(changedFile)])) {
      try store.commit(transaction, lock: &lock)
    }
    #expect(try folder.read(changedFile) == theirs)
    #expect(try Journal.entries(inRegistryAt: folder.path).isEmpty)
  }

  @Test func aTransactionWhoseLinkLeadsNowhereIsRefused() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    var transaction = try store.beginTransaction()
    let a = try newService("a")
    let later = try ServiceID(validating: "later")
    try transaction.change(journal: Self.journal) { (registry) throws(ModelError) in
      try registry.register(a)
      try registry.link(a.id, Link(to: later), requireTarget: false)
      return RegistryChanges(services: [a.id], linksToCheck: [.init(from: a.id, to: later)])
    }
    var lock: WriterLock?
    #expect(throws: StoreError.linksToMissingServices(["a -> later"])) {
      try store.commit(transaction, lock: &lock)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/a.toml")))
    // Registered on disk by someone else meanwhile, the target makes the same commit valid.
    try folder.write(RegistryFixture.service("LATER"), to: "services/pusat/setjen/later.toml")
    lock = nil
    try store.commit(transaction, lock: &lock)
    #expect(FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/a.toml")))
  }
}
