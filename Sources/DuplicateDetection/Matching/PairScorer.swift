/// Scores how likely two services do the same job, from 0 to 1.
///
/// The name decides: the weighted Jaccard index of the two cores, rare words and job words
/// weighing more (`TokenWeights`). Descriptions and tags, when both services have words in them
/// beyond those their names share, confirm or refute it: their weighted Dice overlap (below
/// `ScoreModel.agreementFloor` taken for coincidence) moves the name score by a factor from
/// `ScoreModel.contextLow` to `ScoreModel.contextHigh`. For a match of literal words (or of
/// acronyms with a configured or built-in meaning), a word or so in common is inconclusive and
/// thin context moves the score less; a match resting only on acronyms read with a meaning
/// learned or guessed from other names takes any context at full strength. Two substantial
/// descriptions with no word in common always cut it to the low end: a shared name is not
/// proof. Kinds that serve rather than
/// duplicate each other (an API beside an application) scale it down a little. O(words of the
/// two services).
struct PairScorer: Sendable {
  private let cores: FlatSets
  private let assumed: FlatSets
  private let descriptions: FlatSets
  private let tags: FlatSets
  private let kinds: [Int32]
  private let kindFactors: [Double]
  private let kindCount: Int
  private let fallbacks: [UInt8]
  let weights: TokenWeights

  /// A scorer over `profiles`.
  init(_ profiles: ServiceProfiles, weights: TokenWeights) {
    cores = profiles.cores
    assumed = profiles.assumedCores
    descriptions = profiles.descriptions
    tags = profiles.tags
    kinds = profiles.kinds
    fallbacks = profiles.coreFallback
    self.weights = weights
    kindCount = profiles.kindNames.count
    let families = profiles.kindNames.map(KindFamily.init)
    var factors: [Double] = []
    for first in families {
      for second in families { factors.append(first.factor(with: second)) }
    }
    kindFactors = factors
  }

  /// The weighted Jaccard index of the two services' cores; a name left with only generic or
  /// owner words ("Sistem Informasi" of a unit named in it) is like only a name left with
  /// the same words: a generic word it shares with another name says nothing.
  func nameSimilarity(_ first: Int, _ second: Int) -> Double {
    if fallbacks[first] != 0 || fallbacks[second] != 0 {
      let one = cores.range(first)
      let other = cores.range(second)
      guard one.count == other.count,
        zip(one, other).allSatisfy({ cores.values[$0] == cores.values[$1] })
      else { return 0 }
    }
    let (shared, union) = PairScorer.overlap(
      cores, cores.range(first), cores.range(second), weights.name)
    return union > 0 ? shared / union : 0
  }

  /// Whether the two names do not contradict each other: they share a core word, or one has
  /// none left (a name that is only its owner's, say).
  func namesAgree(_ first: Int, _ second: Int) -> Bool {
    cores.range(first).isEmpty || cores.range(second).isEmpty || nameSimilarity(first, second) > 0
  }

  /// The score of the pair.
  func score(_ first: Int, _ second: Int) -> Double {
    let name = nameSimilarity(first, second)
    guard name > 0 else { return 0 }
    let assumedOnly = restsOnAssumedMeanings(first, second)
    // Context words that restate the shared name (tag `sarpras` on two SIMSARPRAS) say nothing
    // the name has not said: only the rest counts as agreement or contradiction.
    let named = (cores.range(first), cores.range(second))
    var agreement = 0.0
    var confidence = 0.0
    var parts = 0.0
    var contradicts = false
    for isDescription in [false, true] {
      let sets = isDescription ? descriptions : tags
      let found = overlap(
        sets, first, second, isDescription ? weights.description : weights.tag, excluding: named)
      guard found.firstCount > 0 && found.secondCount > 0 else { continue }
      let dice = 2 * found.shared / (found.union + found.shared)
      if isDescription {
        contradicts =
          found.shared == 0 && found.firstCount >= ScoreModel.substantialDescription
          && found.secondCount >= ScoreModel.substantialDescription
      }
      // A word or so in common neither confirms nor refutes a name that stands on its own.
      if !assumedOnly && dice > 0 && dice < ScoreModel.agreementFloor { continue }
      let span = ScoreModel.agreementFull - ScoreModel.agreementFloor
      agreement += min(1, max(0, (dice - ScoreModel.agreementFloor) / span))
      let fewest = Double(min(found.firstCount, found.secondCount))
      confidence += min(1, fewest / Double(ScoreModel.confidentWords))
      parts += 1
    }
    var factor = parts == 0 && assumedOnly ? ScoreModel.acronymAlone : 1
    if parts > 0 {
      let judged =
        ScoreModel.contextLow + (ScoreModel.contextHigh - ScoreModel.contextLow) * agreement / parts
      factor = assumedOnly ? judged : 1 + confidence / parts * (judged - 1)
    }
    if contradicts { factor = min(factor, ScoreModel.contextLow) }
    let kind = kindFactors[Int(kinds[first]) * kindCount + Int(kinds[second])]
    return min(1, name * factor) * kind
  }

  /// Whether every core word the two share was supplied, on one side at least, by an acronym
  /// read with a meaning learned or guessed from other names: a shared name is not proof.
  private func restsOnAssumedMeanings(_ first: Int, _ second: Int) -> Bool {
    let one = cores.range(first)
    let other = cores.range(second)
    for index in one where PairScorer.contains(cores.values, other, cores.values[index]) {
      let word = cores.values[index]
      if !PairScorer.contains(assumed.values, assumed.range(first), word)
        && !PairScorer.contains(assumed.values, assumed.range(second), word)
      {
        return false
      }
    }
    return true
  }

  /// The overlap of two services' sets of a field, leaving out the words both names' cores have.
  private func overlap(
    _ sets: FlatSets, _ first: Int, _ second: Int, _ weights: [Double],
    excluding named: (Range<Int>, Range<Int>)
  ) -> (shared: Double, union: Double, firstCount: Int, secondCount: Int) {
    let values = sets.values
    let firstRange = sets.range(first)
    let secondRange = sets.range(second)
    var one = firstRange.lowerBound
    var other = secondRange.lowerBound
    var result = (shared: 0.0, union: 0.0, firstCount: 0, secondCount: 0)
    while one < firstRange.upperBound || other < secondRange.upperBound {
      let left = one < firstRange.upperBound ? values[one] : Int32.max
      let right = other < secondRange.upperBound ? values[other] : Int32.max
      let word = min(left, right)
      if left == word { one += 1 }
      if right == word { other += 1 }
      if isShared(word, named) { continue }
      result.union += weights[Int(word)]
      if left == word { result.firstCount += 1 }
      if right == word { result.secondCount += 1 }
      if left == right { result.shared += weights[Int(word)] }
    }
    return result
  }

  /// Whether both cores hold `word`.
  private func isShared(_ word: Int32, _ named: (Range<Int>, Range<Int>)) -> Bool {
    PairScorer.contains(cores.values, named.0, word)
      && PairScorer.contains(cores.values, named.1, word)
  }

  private static func contains(_ values: [Int32], _ range: Range<Int>, _ word: Int32) -> Bool {
    for index in range where values[index] >= word { return values[index] == word }
    return false
  }

  /// The shared and the total weight of two sorted sets.
  static func overlap(
    _ sets: FlatSets, _ first: Range<Int>, _ second: Range<Int>, _ weights: [Double]
  ) -> (shared: Double, union: Double) {
    let values = sets.values
    var one = first.lowerBound
    var other = second.lowerBound
    var shared = 0.0
    var union = 0.0
    while one < first.upperBound && other < second.upperBound {
      let left = values[one]
      let right = values[other]
      if left == right {
        let weight = weights[Int(left)]
        shared += weight
        union += weight
        one += 1
        other += 1
      } else if left < right {
        union += weights[Int(left)]
        one += 1
      } else {
        union += weights[Int(right)]
        other += 1
      }
    }
    while one < first.upperBound {
      union += weights[Int(values[one])]
      one += 1
    }
    while other < second.upperBound {
      union += weights[Int(values[other])]
      other += 1
    }
    return (shared, union)
  }
}
