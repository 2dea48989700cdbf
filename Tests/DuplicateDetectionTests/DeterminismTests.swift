import RegistryModel
import Testing

@testable import DuplicateDetection

/// The same registry always gives the same clusters, in the same order, with the same evidence,
/// however its dictionaries happen to be ordered.
@Suite struct DeterminismTests {
  @Test("the order services were added in does not matter", arguments: RandomEstate.samples(10))
  func insertionOrder(_ sample: RandomEstate) {
    let registry = sample.estate.registry
    var reversed = Registry(settings: registry.settings)
    for path in registry.units.keys.sorted().reversed() {
      reversed.units[path] = registry.units[path]
    }
    for id in registry.services.keys.sorted().reversed() {
      reversed.services[id] = registry.services[id]
    }
    let finder = sample.estate.finder
    let first = finder.clusters(in: registry, minimumScore: 0.5)
    #expect(first == finder.clusters(in: reversed, minimumScore: 0.5))
    #expect(first == finder.clusters(in: registry, minimumScore: 0.5))
    #expect(
      finder.certainDuplicates(in: registry) == finder.certainDuplicates(in: reversed))
  }
}
