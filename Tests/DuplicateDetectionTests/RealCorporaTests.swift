import RegistryModel
import TestSupport
import Testing

@testable import DuplicateDetection

/// The real inventories (`Fixtures/real/`, sources in each `SOURCE.md`): each imports with
/// svcreg's CSV import as its `import.txt` says, every row labelled, and the duplicate finder's
/// pairwise precision and recall on them stay at or above the floors measured on `main`
/// (`scripts/evaluate-dups --real` prints them).
@Suite struct RealCorporaTests {
  static let corpora = Result { try RealCorpus.all() }

  @Test func everyCorpusImportsWithEveryRowLabelled() throws {
    let corpora = try Self.corpora.get()
    #expect(
      corpora.map(\.name) == [
        "banjarbaru-siapweb", "banten-prov", "denpasar-spbe", "madiun-kab", "magetan-kominfo",
      ])
    for corpus in corpora {
      #expect(corpus.ids.count == corpus.registry.services.count)
      #expect(corpus.ids.count >= 70, "\(corpus.name)")
      #expect(Set(corpus.labels).count < corpus.labels.count, "\(corpus.name) has no duplicates")
      #expect(corpus.registry.units.count >= 18, "\(corpus.name)")
    }
  }
}
