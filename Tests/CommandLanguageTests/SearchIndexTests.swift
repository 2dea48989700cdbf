import RegistryModel
import TestSupport
import Testing

@testable import CommandLanguage

/// `find`'s index gives exactly what lowercasing every field and searching it would.
@Suite struct SearchIndexTests {
  static let words = [
    "SIAKAD", "Sistem", "Informasi", "akademik", "E-Learning", "Haji", "Umrah", "Zakat",
    "Kepegawaian", "Perpustakaan", "MADRASAH", "Ma'had", "Pendaftaran", "Élan", "Ünïcode",
    "Ğazi", "ŞEHİR", "bimas", "UIN", "Kanwil", "🙂", "kua", "PTSP", "layanan",
  ]

  static func registry(seed: UInt64, services: Int) -> Registry {
    var random = SplitMix64(seed: seed)
    func phrase(_ count: Int) -> String {
      (0..<count).map { _ in words[random.below(words.count)] }.joined(
        separator: random.chance(0.5) ? " " : "-")
    }
    var builder = RegistryBuilder(units: ["pusat", "ptkn/uin-jakarta"])
    for index in 0..<services {
      builder.service(
        "svc-\(index)-\(random.below(1000))",
        unit: random.chance(0.5) ? "pusat" : "ptkn/uin-jakarta",
        name: phrase(1 + random.below(4)),
        tags: random.chance(0.4) ? [phrase(1).lowercased()] : [],
        url: random.chance(0.5) ? "https://\(phrase(1).lowercased()).kemenag.go.id" : nil,
        description: random.chance(0.3) ? phrase(6) : nil)
    }
    return builder.registry
  }

  /// The slow, obviously right answer: every field and the query lowercased by Unicode's
  /// rules, then compared as UTF-8 bytes, so that a letter is found even where it carries a
  /// combining mark (`i` in `ŞEHİR`, which lowercases to `şehi̇r`).
  static func reference(_ query: String, in registry: Registry) -> [ServiceID] {
    let needle = Array(query.lowercased().utf8)
    func contains(_ field: String) -> Bool {
      let haystack = Array(field.lowercased().utf8)
      guard haystack.count >= needle.count else { return false }
      return (0...(haystack.count - needle.count)).contains { start in
        Array(haystack[start..<start + needle.count]) == needle
      }
    }
    return registry.sortedServiceIDs.filter { id in
      let service = registry.services[id]!
      return
        ([id.rawValue, service.name, service.description ?? "", service.url ?? ""]
        + service.tags).contains(where: contains)
    }
  }

  @Test(arguments: 0..<40)
  func matchesWhatLowercasingEveryFieldFinds(_ seed: Int) {
    let registry = Self.registry(seed: UInt64(seed), services: 60)
    let index = SearchIndex(registry, generation: 0)
    var random = SplitMix64(seed: UInt64(1000 + seed))
    var queries = [
      "sistem", "SIAKAD", "é", "ünï", "ğazi", "şehir", "🙂", "-le", "svc-1", "https",
      "zzz", "a", "ma'had",
    ]
    for _ in 0..<10 {
      let word = Self.words[random.below(Self.words.count)]
      let start = random.below(word.count)
      let length = 1 + random.below(word.count - start)
      let part = String(word.dropFirst(start).prefix(length))
      queries.append(random.chance(0.5) ? part.uppercased() : part)
    }
    for query in queries {
      #expect(
        index.matches(query).map { index.ids[$0] } == Self.reference(query, in: registry),
        "query '\(query)', seed \(seed)")
    }
  }

  @Test func aLetterIsFoundUnderACombiningMark() {
    var builder = RegistryBuilder()
    builder.service("kota", name: "ŞEHİR")
    builder.service("desa", name: "Kampung")
    let index = SearchIndex(builder.registry, generation: 0)
    #expect(index.matches("i").map { index.ids[$0].rawValue } == ["kota"])
    #expect(index.matches("şehi").map { index.ids[$0].rawValue } == ["kota"])
  }

  @Test func noMatchSpansTwoFields() {
    var builder = RegistryBuilder()
    builder.service("abc", name: "def")
    let index = SearchIndex(builder.registry, generation: 0)
    #expect(index.matches("cdef").isEmpty)
    #expect(index.matches("bc").count == 1)
  }
}
