import RegistryModel
import TestSupport
import Testing

/// `Registry.difference(from:)`: what changed, service by service, checked on examples and
/// against a slow, obviously right reference on random registries.
@Suite struct RegistryDifferenceTests {
  static func base() -> RegistryBuilder {
    var builder = RegistryBuilder(units: ["pusat", "ptkn"])
    builder.service("sso", versions: ["1.0.0", "2.0.0"], url: "https://sso.example.org")
    builder.service("siakad", versions: ["3.0.0"], name: "Sistem Akademik")
    builder.link("siakad", "sso", "^2")
    builder.service("old", versions: ["1.0.0"], name: "Aplikasi Lama", description: "lama")
    return builder
  }

  @Test func aRegistryDoesNotDifferFromItself() {
    let registry = Self.base().registry
    #expect(registry.difference(from: registry).isEmpty)
  }

  @Test func eachKindOfChangeIsNamed() {
    let older = Self.base()
    var newer = older
    newer.edit("siakad") { service in
      service.unit = RegistryBuilder.unitPath("ptkn")
      service.name = "SIAKAD"
    }
    newer.link("siakad", "sso", "^1 || ^2")
    newer.version("sso", "2.1.0")
    newer.link("sso", "old")
    newer.service("portal", unit: "ptkn")
    let difference = newer.registry.difference(from: older.registry)
    #expect(difference.added.map(\.id.rawValue) == ["portal"])
    #expect(difference.removed.isEmpty && difference.renamed.isEmpty)
    #expect(difference.changed.map(\.id.rawValue) == ["siakad", "sso"])
    let siakad = difference.changed[0].changes
    #expect(
      siakad.first
        == .moved(from: RegistryBuilder.unitPath("pusat"), to: RegistryBuilder.unitPath("ptkn")))
    #expect(siakad.contains(.field("name", before: "Sistem Akademik", after: "SIAKAD")))
    #expect(
      siakad.contains {
        if case .linkChanged(let before, let after) = $0 {
          return before.range.source == "^2" && after.range.source == "^1 || ^2"
        }
        return false
      })
    let sso = difference.changed[1].changes
    #expect(sso.contains { if case .versionAdded = $0 { true } else { false } })
    #expect(
      sso.contains {
        if case .linkAdded(let link) = $0 { link.target.rawValue == "old" } else { false }
      })
  }

  @Test func aServiceUnderANewIdIsRenamedOnlyWhenTheMatchIsUnambiguous() {
    let older = Self.base()
    var renamed = older
    renamed.remove("old")
    renamed.service("baru", versions: ["1.0.0"], name: "Aplikasi Lama", description: "lama")
    let difference = renamed.registry.difference(from: older.registry)
    #expect(
      difference.renamed == [.init(from: RegistryBuilder.id("old"), to: RegistryBuilder.id("baru"))]
    )
    #expect(difference.added.isEmpty && difference.removed.isEmpty)

    // Two services that would both match: nothing is guessed.
    var twice = renamed
    twice.service("baru-2", versions: ["1.0.0"], name: "Aplikasi Lama", description: "lama")
    let ambiguous = twice.registry.difference(from: older.registry)
    #expect(ambiguous.renamed.isEmpty)
    #expect(ambiguous.added.map(\.id.rawValue) == ["baru", "baru-2"])
    #expect(ambiguous.removed.map(\.id.rawValue) == ["old"])
  }

  /// The reference: every id in either registry, classified by looking it up in both.
  static func reference(_ newer: Registry, _ older: Registry) -> (
    added: Set<String>, removed: Set<String>, changed: Set<String>
  ) {
    var added = Set<String>()
    var removed = Set<String>()
    var changed = Set<String>()
    for id in Set(newer.services.keys).union(older.services.keys) {
      switch (older.services[id], newer.services[id]) {
      case (nil, _?): added.insert(id.rawValue)
      case (_?, nil): removed.insert(id.rawValue)
      case (let before?, let after?) where before != after: changed.insert(id.rawValue)
      default: break
      }
    }
    return (added, removed, changed)
  }

  @Test(arguments: 0..<40)
  func randomChangesAgreeWithTheReference(seed: Int) {
    var random = SplitMix64(seed: UInt64(seed) &+ 7)
    var older = RegistryBuilder(units: ["pusat", "ptkn"])
    let count = 3 + Int(random.next() % 12)
    for index in 0..<count {
      older.service(
        "s\(index)", versions: ["1.0.\(random.next() % 3)"],
        unit: random.next() % 2 == 0 ? "pusat" : "ptkn", name: "Service \(index)")
    }
    for _ in 0..<count {
      older.link("s\(random.next() % UInt64(count))", "s\(random.next() % UInt64(count))", "*")
    }
    var newer = older
    for _ in 0..<(1 + Int(random.next() % 6)) {
      let id = "s\(random.next() % UInt64(count + 3))"
      switch random.next() % 5 {
      case 0: newer.remove(id)
      case 1: newer.service(id, versions: ["2.0.0"], name: "New \(id)")
      case 2 where newer.registry.services[RegistryBuilder.id(id)] != nil:
        newer.version(id, "9.\(random.next() % 4).0")
      case 3 where newer.registry.services[RegistryBuilder.id(id)] != nil:
        newer.link(id, "s\(random.next() % UInt64(count))", "^\(random.next() % 3)")
      case 4 where newer.registry.services[RegistryBuilder.id(id)] != nil:
        newer.edit(id) { $0.name = "Renamed \(id)" }
      default: break
      }
    }
    let difference = newer.registry.difference(from: older.registry)
    let expected = Self.reference(newer.registry, older.registry)
    // Renamings pair an added with a removed id; undone, the sets must match the reference.
    let added = Set(difference.added.map(\.id.rawValue) + difference.renamed.map(\.to.rawValue))
    let removed = Set(
      difference.removed.map(\.id.rawValue) + difference.renamed.map(\.from.rawValue))
    #expect(added == expected.added)
    #expect(removed == expected.removed)
    let renamedTo = Set(difference.renamed.map(\.to.rawValue))
    #expect(
      Set(difference.changed.map(\.id.rawValue)).subtracting(renamedTo) == expected.changed)
    for service in difference.changed where !renamedTo.contains(service.id.rawValue) {
      #expect(!service.changes.isEmpty)
    }
    // Seen the other way round, what was added was removed.
    let back = older.registry.difference(from: newer.registry)
    #expect(Set(back.added.map(\.id)) == Set(difference.removed.map(\.id)))
    #expect(Set(back.removed.map(\.id)) == Set(difference.added.map(\.id)))
  }
}
