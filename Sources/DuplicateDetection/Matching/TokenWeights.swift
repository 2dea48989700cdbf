#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How much sharing a word says, per field: the rarer a word among the services, the more two
/// services sharing it have in common (inverse document frequency, `log(1 + n / df)`, never
/// below `log 2`, so that a word every service has still counts a little). In names, a word
/// that is neither a job word (nor an expansion's concept word) nor the whole core of some service,
/// or that only refines a job (`DomainWords.qualifiers`), is a modifier
/// (`Cek Porsi` in `Cek Porsi Haji`) and weighs `ScoreModel.modifierWeight` as much. O(total
/// words).
struct TokenWeights: Sendable {
  /// Weights of name-core words, by word id.
  let name: [Double]
  /// Weights of description words, by word id.
  let description: [Double]
  /// Weights of tag words, by word id.
  let tag: [Double]

  /// Counts how many services use each word in each field.
  init(_ profiles: ServiceProfiles) {
    let words = profiles.table.count
    var heads = [Bool](repeating: false, count: words)
    for service in 0..<profiles.count
    where profiles.coreFallback[service] == 0 && profiles.cores.range(service).count == 1 {
      heads[Int(profiles.cores.members(service).first!)] = true
    }
    var name = TokenWeights.weights(profiles.cores, words: words, services: profiles.count)
    for word in 0..<words {
      let wordClass = profiles.lexicon.wordClass(Int32(word))
      let named =
        wordClass.contains(.jobWord) || heads[word]
        || profiles.acronyms.concepts.contains(Int32(word))
      if !named || wordClass.contains(.qualifier) { name[word] *= ScoreModel.modifierWeight }
    }
    self.name = name
    description = TokenWeights.weights(
      profiles.descriptions, words: words, services: profiles.count)
    tag = TokenWeights.weights(profiles.tags, words: words, services: profiles.count)
  }

  private static func weights(_ sets: FlatSets, words: Int, services: Int) -> [Double] {
    var counts = [Int32](repeating: 0, count: words)
    for id in sets.values { counts[Int(id)] += 1 }
    let total = Double(max(services, 1))
    return counts.map { $0 == 0 ? 0 : log(1 + total / Double($0)) }
  }
}
