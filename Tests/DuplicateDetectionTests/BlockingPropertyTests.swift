import RegistryModel
import Testing

@testable import DuplicateDetection

/// Blocking against the slow reference: every pair that scoring all pairs finds at or above the
/// threshold is among the pairs the blocking scores (or the two share a run of identical
/// profiles, which scores the same as its first member).
@Suite struct BlockingPropertyTests {
  static let estates = RandomEstate.samples(60)

  @Test(
    "blocking finds every pair the all-pairs reference scores above the threshold",
    arguments: estates)
  func blockingIsComplete(_ sample: RandomEstate) {
    let registry = sample.estate.registry
    for threshold in [0.3, 0.6, 0.9] {
      let analysis = sample.estate.finder.analyse(registry, threshold: threshold, recording: true)
      let representative = analysis.search.representative
      var scored = Set<Int64>()
      for pair in analysis.search.scored {
        scored.insert(Int64(pair.first) << 32 | Int64(pair.second))
      }
      let count = analysis.profiles.count
      for first in 0..<count {
        for second in (first + 1)..<count
        where analysis.scorer.score(first, second) >= threshold {
          let one = representative[first]
          let other = representative[second]
          let covered =
            one == other || scored.contains(Int64(min(one, other)) << 32 | Int64(max(one, other)))
          #expect(covered, "\(analysis.profiles.ids[first]) ~ \(analysis.profiles.ids[second])")
        }
      }
    }
  }

  @Test(
    "every service of a run has the same profile as its run's first member",
    arguments: estates.prefix(20))
  func runsAreIdentical(_ sample: RandomEstate) {
    let analysis = sample.estate.finder.analyse(sample.estate.registry, threshold: 0.6)
    let profiles = analysis.profiles
    for (service, first) in analysis.search.representative.enumerated() where Int(first) != service
    {
      #expect(Array(profiles.cores.members(service)) == Array(profiles.cores.members(Int(first))))
      #expect(
        Array(profiles.descriptions.members(service))
          == Array(profiles.descriptions.members(Int(first))))
      #expect(Array(profiles.tags.members(service)) == Array(profiles.tags.members(Int(first))))
    }
  }
}
