import Foundation
import RegistryModel
import TestSupport
import Testing

@testable import RegistryStore

/// Large registries open from a cache of parsed files, and a changed file is never missed.
@Suite struct CacheTests {
  static func largeRegistry() throws -> TemporaryDirectory {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    var store = try RegistryStore.open(at: folder.path)
    let unit = try UnitPath(validating: "pusat/setjen")
    var services: [ServiceID: Service?] = [:]
    for index in 0..<RegistryStore.cacheThreshold {
      let id = try ServiceID(validating: "svc-\(index)")
      let target = try ServiceID(validating: "svc-\((index + 1) % RegistryStore.cacheThreshold)")
      services[id] = Service(
        id: id, unit: unit, name: "Service \(index)", tags: ["t\(index % 7)"],
        links: [Link(to: target, range: try .init(parsing: "^1.\(index % 3)"))])
    }
    do {
      let lock = try store.lockForWriting()
      try store.save(StoreUpdate(services: services), holding: lock)
    }
    return folder
  }

  @Test func aSecondOpenReadsTheCacheAndGivesTheSameRegistry() throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    let first = try RegistryStore.open(at: folder.path)
    #expect(FileManager.default.fileExists(atPath: RegistryCache.path(in: folder.path)))
    #expect(RegistryCache.load(from: folder.path).services.count == RegistryStore.cacheThreshold)
    let second = try RegistryStore.open(at: folder.path)
    #expect(second.registry == first.registry)
  }

  @Test func aFileChangedWithItsSizeAndTimeRestoredIsStillReread() throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    _ = try RegistryStore.open(at: folder.path)
    let path = folder.file("services/pusat/setjen/svc-7.toml")
    let before = try FileManager.default.attributesOfItem(atPath: path)
    let text = try folder.read("services/pusat/setjen/svc-7.toml")
    // Same length, different name, and the modification time put back as it was.
    try folder.write(
      text.replacingOccurrences(of: "Service 7\"", with: "Servixe 7\""),
      to: "services/pusat/setjen/svc-7.toml")
    try FileManager.default.setAttributes(
      [.modificationDate: before[.modificationDate]!], ofItemAtPath: path)
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == before[.size] as? Int
    )
    let reopened = try RegistryStore.open(at: folder.path)
    #expect(reopened.registry.services[try ServiceID(validating: "svc-7")]?.name == "Servixe 7")
  }

  /// Links that say the same thing share one terms box: one per core when read from the files
  /// (each core interns what it parses), one in all when read from the cache. At a million
  /// services that is the difference of about a gigabyte.
  @Test func equalLinkTermsAreSharedWhenReadFromFilesAndFromTheCache() throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    #expect(!FileManager.default.fileExists(atPath: RegistryCache.path(in: folder.path)))
    for allowed in [ProcessInfo.processInfo.activeProcessorCount, 1] {
      let registry = try RegistryStore.open(at: folder.path).registry
      let boxes = Set(
        registry.services.values.flatMap(\.links).filter { $0.range.source == "^1.1" }
          .map { ObjectIdentifier($0.terms) })
      #expect((1...allowed).contains(boxes.count))
    }
    #expect(FileManager.default.fileExists(atPath: RegistryCache.path(in: folder.path)))
  }

  @Test(arguments: [0, 10, 1000])
  func aDamagedCacheIsIgnored(_ keep: Int) throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    let first = try RegistryStore.open(at: folder.path)
    let cachePath = RegistryCache.path(in: folder.path)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: cachePath))
    try bytes.prefix(keep).write(to: URL(fileURLWithPath: cachePath))
    #expect(try RegistryStore.open(at: folder.path).registry == first.registry)
  }

  @Test(arguments: [20, 500, 5000])
  func aCacheWithOneByteChangedIsIgnored(_ offset: Int) throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    let first = try RegistryStore.open(at: folder.path)
    let cachePath = RegistryCache.path(in: folder.path)
    var bytes = try Data(contentsOf: URL(fileURLWithPath: cachePath))
    bytes[offset] ^= 0x20
    try bytes.write(to: URL(fileURLWithPath: cachePath))
    #expect(RegistryCache.load(from: folder.path).services.isEmpty)
    #expect(try RegistryStore.open(at: folder.path).registry == first.registry)
  }

  @Test func aFileMovedToAnotherUnitIsNotTakenFromTheCache() throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    _ = try RegistryStore.open(at: folder.path)
    try FileManager.default.createDirectory(
      atPath: folder.file("services/pusat/humas"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: folder.file("services/pusat/setjen/svc-7.toml"),
      toPath: folder.file("services/pusat/humas/svc-7.toml"))
    let reopened = try RegistryStore.open(at: folder.path)
    let id = try ServiceID(validating: "svc-7")
    #expect(reopened.registry.services[id]?.unit == (try UnitPath(validating: "pusat/humas")))
    #expect(reopened.relativePath(of: id) == "services/pusat/humas/svc-7.toml")
  }

  @Test func deletedAndAddedFilesAreNoticedDespiteTheCache() throws {
    let folder = try Self.largeRegistry()
    defer { folder.remove() }
    _ = try RegistryStore.open(at: folder.path)
    try FileManager.default.removeItem(atPath: folder.file("services/pusat/setjen/svc-3.toml"))
    try folder.write(RegistryFixture.service("Fresh"), to: "services/pusat/setjen/fresh.toml")
    let reopened = try RegistryStore.open(at: folder.path)
    #expect(reopened.registry.services[try ServiceID(validating: "svc-3")] == nil)
    #expect(reopened.registry.services[try ServiceID(validating: "fresh")]?.name == "Fresh")
  }
}
