import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@Suite struct DirectoryWatcherTests {
  @Test func reportsExactlyTheFilesWrittenAndIgnoresHiddenOnes() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["a": RegistryFixture.service("A")]
    ])
    defer { folder.remove() }
    let watcher = try #require(DirectoryWatcher(root: folder.path))
    #expect(watcher.changes() == .none)
    try folder.write(RegistryFixture.service("B"), to: "services/pusat/setjen/b.toml")
    try folder.write("x", to: "services/pusat/setjen/.b.toml.tmp-1")
    try folder.write("name = \"r\"\n", to: "registry.toml")
    #expect(watcher.changes() == .files(["services/pusat/setjen/b.toml", "registry.toml"]))
    #expect(watcher.changes() == .none)
    try FileManager.default.removeItem(atPath: folder.file("services/pusat/setjen/a.toml"))
    #expect(watcher.changes() == .files(["services/pusat/setjen/a.toml"]))
  }

  @Test func aNewFolderIsReportedAsUnknownSoTheCallerScans() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["a": RegistryFixture.service("A")]
    ])
    defer { folder.remove() }
    let watcher = try #require(DirectoryWatcher(root: folder.path))
    try folder.write(RegistryFixture.service("C"), to: "services/kanwil/aceh/c.toml")
    #expect(watcher.changes() == .unknown)
  }

  @Test func refreshingThroughTheWatcherSeesWhatAFullScanSees() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["a": RegistryFixture.service("A"), "b": RegistryFixture.service("B")]
    ])
    defer { folder.remove() }
    var store = try RegistryStore.open(at: folder.path)
    let watcher = try #require(DirectoryWatcher(root: folder.path))
    #expect(try store.refresh(using: watcher).isEmpty)
    try folder.write(RegistryFixture.service("A2"), to: "services/pusat/setjen/a.toml")
    try FileManager.default.removeItem(atPath: folder.file("services/pusat/setjen/b.toml"))
    #expect(
      try store.refresh(using: watcher) == [
        "services/pusat/setjen/a.toml", "services/pusat/setjen/b.toml",
      ])
    #expect(store.registry == (try RegistryStore.open(at: folder.path)).registry)
    #expect(store.registry.services.count == 1)
  }
}

@Suite struct DirectoryWatcherFolderTests {
  @Test func filesInAFolderCreatedLaterAreStillReported() throws {
    let folder = try RegistryFixture.make()
    defer { folder.remove() }
    let watcher = try #require(DirectoryWatcher(root: folder.path))
    try FileManager.default.createDirectory(
      atPath: folder.file("services/kanwil"), withIntermediateDirectories: true)
    #expect(watcher.changes() == .unknown)
    try FileManager.default.createDirectory(
      atPath: folder.file("services/kanwil/aceh"), withIntermediateDirectories: true)
    #expect(watcher.changes() == .unknown)
    try folder.write(RegistryFixture.service("D"), to: "services/kanwil/aceh/d.toml")
    #expect(watcher.changes() == .files(["services/kanwil/aceh/d.toml"]))
  }
}
