import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@Suite struct BrokenFileTests {
  @Test func aTruncatedFileIsListedAndTheRestStillOpens() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": [
        "pusaka": RegistryFixture.service("PUSAKA", versions: ["1.0.0"]),
        "simpeg": RegistryFixture.service("SIMPEG"),
        "broken": "name = \"Half a file\nkind = ",
      ]
    ])
    defer { folder.remove() }
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == 2)
    #expect(store.brokenFiles.count == 1)
    let broken = try #require(store.brokenFiles.first)
    #expect(broken.serviceID?.rawValue == "broken")
    let location = try #require(broken.error.location)
    #expect(location.path == "\(folder.path)/services/pusat/setjen/broken.toml")
    #expect(location.line == 1)
    #expect(
      broken.error.description.hasPrefix("\(folder.path)/services/pusat/setjen/broken.toml:1:"))
    #expect(broken.error.description.contains(": error: "))
  }

  @Test(arguments: [
    ("lifecycle = \"zombie\"", 4, 13, "invalid lifecycle 'zombie'"),
    ("maintainer = \"x\"", 4, 1, "unknown key 'maintainer'"),
    ("[contacts]\nname = \"x\"", 4, 1, "must be written as [[contacts]] tables"),
    ("tags = \"akademik\"", 4, 8, "array of strings"),
  ])
  func anInvalidValueIsReportedAtItsPlace(
    _ line: String, _ row: Int, _ column: Int, _ message: String
  )
    throws
  {
    let text = "name = \"SIAKAD\"\nkind = \"application\"\nurl = \"https://x\"\n\(line)\n"
    let folder = try RegistryFixture.make(services: ["ptkn/uin-jakarta": ["siakad": text]])
    defer { folder.remove() }
    let store = try RegistryStore.open(at: folder.path)
    let broken = try #require(store.brokenFiles.first)
    let location = try #require(broken.error.location)
    #expect((location.line, location.column) == (row, column))
    #expect(broken.error.description.contains(message))
  }

  @Test func aBadVersionInsideAnArrayOfTablesPointsAtThatEntry() throws {
    let text = """
      name = "PUSAKA"

      [[versions]]
      version = "1.0.0"

      [[versions]]
      version = "1.2"

      """
    let folder = try RegistryFixture.make(services: ["pusat/setjen": ["pusaka": text]])
    defer { folder.remove() }
    let store = try RegistryStore.open(at: folder.path)
    let location = try #require(store.brokenFiles.first?.error.location)
    #expect(location.line == 7)
    #expect(location.column == 11)
  }

  @Test func aFileWithABadNameOrPlaceIsListed() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["Bad Name": RegistryFixture.service("x")],
      "pusat": [:],
    ])
    defer { folder.remove() }
    try folder.write(RegistryFixture.service("loose"), to: "services/loose.toml")
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.isEmpty)
    let messages = store.brokenFiles.map(\.error.description)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("Bad Name.toml") && $0.contains("uppercase") })
    #expect(
      messages.contains { $0.contains("loose.toml") && $0.contains("inside its unit's folder") })
  }

  @Test func theSameIDInTwoUnitsIsReported() throws {
    let folder = try RegistryFixture.make(services: [
      "pusat/setjen": ["simpeg": RegistryFixture.service("SIMPEG")],
      "ptkn/uin-jakarta": ["simpeg": RegistryFixture.service("SIMPEG UIN")],
    ])
    defer { folder.remove() }
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == 1)
    #expect(store.brokenFiles.count == 1)
    #expect(store.brokenFiles[0].error.description.contains("ids are unique across units"))
  }
}
