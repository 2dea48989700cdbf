import Foundation
import RegistryModel
import RegistryStore
import Synchronization
import TestSupport
import Testing

/// Kills a real `svcreg` process at points inside a batch commit and checks that the registry
/// then holds all of the batch or none of it.
@Suite(.serialized) struct FaultInjectionTests {
  static let batchSize = 30

  static func script() -> String {
    var lines = ["add-unit ptkn/uin-x --name 'UIN X' --level university"]
    for index in 0..<batchSize {
      lines.append("register svc-\(index) --name 'Service \(index)' --unit ptkn/uin-x")
    }
    for index in 1..<batchSize { lines.append("link svc-\(index) svc-\(index - 1)") }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test(arguments: [
    ("log-written", false), ("committed", true), ("applied:1", true), ("applied:15", true),
    ("applied:31", true), ("synced", true), ("never", true),
  ])
  func aKilledBatchLandsWholeOrNotAtAll(_ point: String, _ landed: Bool) throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    try folder.write(Self.script(), to: "batch.svc")
    let outcome = try ChildProcess.svcreg(
      ["--registry", folder.path, "run", "--atomic", folder.file("batch.svc")],
      environment: ["SVCREG_CRASH_AT": point])
    #expect(outcome.wasSignalled == (point != "never"), "\(outcome.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    let count = store.registry.services.count
    #expect(count == (landed ? Self.batchSize : 0))
    #expect(store.brokenFiles.isEmpty)
    #expect(store.registry.units.count == (landed ? 2 : 1))
    #expect(store.registry.linkCount == (landed ? Self.batchSize - 1 : 0))
    let journal = try Journal.entries(inRegistryAt: folder.path)
    #expect(journal.count == (landed ? 2 * Self.batchSize : 0))
  }
}

/// Two processes writing at once: every change lands, none is lost.
@Suite struct ConcurrentWriterTests {
  @Test func twoWritersLoseNoUpdate() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["shared": RegistryFixture.service("Shared")]
    ])
    defer { folder.remove() }
    let perWriter = 12
    let failures = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for index in 0..<perWriter {
        for arguments in [
          ["version", "shared", "\(writer + 1).\(index).0"],
          ["register", "w\(writer)-\(index)", "--name", "W", "--unit", "pusat/setjen"],
        ] {
          do {
            let outcome = try ChildProcess.svcreg(["--registry", folder.path] + arguments)
            if outcome.status != 0 { failures.withLock { $0.append(outcome.errorOutput) } }
          } catch {
            failures.withLock { $0.append("\(error)") }
          }
        }
      }
    }
    #expect(failures.withLock { $0 }.isEmpty)
    let store = try RegistryStore.open(at: folder.path)
    let shared = try #require(store.registry.services[try ServiceID(validating: "shared")])
    #expect(shared.versions.count == 2 * perWriter)
    #expect(store.registry.services.count == 1 + 2 * perWriter)
    #expect(try Journal.entries(inRegistryAt: folder.path).count == 4 * perWriter)
  }
}
