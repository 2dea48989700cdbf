/// Finds the pairs worth scoring without scoring all pairs: near-linear blocking.
///
/// - Certain pairs come from grouping by normalised URL and by (unit, normalised name).
/// - Services with the same core are one signature. Within it, services with identical context
///   (description, tags, kind) are one run, joined to its first member; distinct runs are
///   compared all-pairs when there are few, else against at most `prototypes` leaders.
/// - Across signatures, prefix filtering on the cores: words ordered rarest first, each
///   signature indexed under the shortest prefix whose remaining weight cannot reach the name
///   similarity a duplicate needs, so every pair that can reach the threshold shares an indexed
///   word and no pair is missed; a word indexed by more than `postingCap` signatures is
///   compared only against its `hubs` largest signatures, which bounds the work.
///
/// Candidate pairs grow with the services and the duplicates found, not with their square.
struct CandidateSearch {
  let profiles: ServiceProfiles
  let scorer: PairScorer
  let signatures: CoreSignatures
  let threshold: Double

  /// Runs of distinct context up to this many are compared all-pairs within a signature.
  static let smallGroup = 40
  /// The most leaders a signature keeps for comparisons.
  static let prototypes = 16
  /// Two signatures whose runs multiply to at most this are compared all-pairs.
  static let fullCrossProduct = 1024
  /// A prefix word indexed by more signatures than this is a hub word.
  static let postingCap = 1000
  /// How many of a hub word's largest signatures the others are compared with.
  static let hubs = 32

  /// The edges at or above the threshold and, when asked, every pair that was scored, with
  /// each service's run representative (services in one run have identical profiles).
  struct Result {
    var edges: [ScoredPair] = []
    var scored: [ScoredPair] = []
    var representative: [Int32] = []
  }

  /// Searches; `recording` keeps every scored pair, for tests.
  func run(recording: Bool = false) -> Result {
    var result = Result()
    result.representative = (0..<Int32(profiles.count)).map { $0 }
    result.edges = CandidateSearch.certainEdges(profiles, scorer: scorer)
    // A text shared by services whose names say nothing (cells listing several applications)
    // is a heading's boilerplate, not the description of one job.
    for (service, first) in profiles.descriptionKeys.enumerated()
    where first >= 0 && first != service && !profiles.cores.range(service).isEmpty
      && !profiles.cores.range(Int(first)).isEmpty
    {
      result.edges.append(
        ScoredPair(
          first: first, second: Int32(service), score: ScoreModel.sameDescription, certain: false,
          describedAlike: true))
    }
    var runs: [Int32] = []
    var runStarts: [Int32] = [0]
    var leaders: [Int32] = []
    var leaderStarts: [Int32] = [0]
    let hashes = (0..<profiles.count).map(contextHash)
    var members: [Int32] = []
    for signature in 0..<signatures.count {
      members = Array(signatures.services(signature))
      let distinct = splitRuns(&members, hashes, recording, &result)
      runs += distinct
      runStarts.append(Int32(runs.count))
      if distinct.count > 1 && distinct.count <= CandidateSearch.smallGroup {
        for (index, first) in distinct.enumerated() {
          for second in distinct[(index + 1)...] { visit(first, second, recording, &result) }
        }
      }
      let visitLeaders = distinct.count > CandidateSearch.smallGroup
      leaders += chooseLeaders(distinct, visiting: visitLeaders, recording, &result)
      leaderStarts.append(Int32(leaders.count))
    }
    searchAcross(
      runs: (runs, runStarts), leaders: (leaders, leaderStarts), recording, &result)
    return result
  }

  /// The certain edges: services that share a unit and normalised name (and no two different
  /// URLs), or a normalised URL
  /// and names that do not contradict each other (a word in common, or no name words on one
  /// side), each joined to the first service with that key. Two systems an administrator
  /// entered under one portal's URL have names with nothing in common, and are not one.
  static func certainEdges(_ profiles: ServiceProfiles, scorer: PairScorer) -> [ScoredPair] {
    var edges: [ScoredPair] = []
    let urls = profiles.urlKeys
    for (service, first) in profiles.nameKeys.enumerated() where first >= 0 && first != service {
      // One name with two different URLs in one unit is two records, perhaps of two systems
      // listed under one heading: their names are scored as any others are.
      if urls[service] >= 0 && urls[Int(first)] >= 0
        && urls[service] != urls[Int(first)]
      {
        continue
      }
      edges.append(ScoredPair(first: first, second: Int32(service), score: 1, certain: true))
    }
    for (service, first) in profiles.urlKeys.enumerated() where first >= 0 && first != service {
      guard scorer.namesAgree(Int(first), service) else { continue }
      edges.append(ScoredPair(first: first, second: Int32(service), score: 1, certain: true))
    }
    return edges
  }

  /// Sorts a signature's services into runs of identical context, joins each run to its first
  /// member, and returns the first members in ascending order.
  private func splitRuns(
    _ members: inout [Int32], _ hashes: [UInt64], _ recording: Bool, _ result: inout Result
  ) -> [Int32] {
    guard members.count > 1 else { return members }
    members.sort {
      hashes[Int($0)] != hashes[Int($1)] ? hashes[Int($0)] < hashes[Int($1)] : $0 < $1
    }
    var distinct: [Int32] = []
    var start = 0
    for index in members.indices {
      let service = members[index]
      if index > 0 && hashes[Int(service)] == hashes[Int(members[start])]
        && sameContext(service, members[start])
      {
        result.representative[Int(service)] = members[start]
        visit(members[start], service, recording, &result)
      } else {
        start = index
        distinct.append(service)
      }
    }
    distinct.sort()
    return distinct
  }

  /// Picks up to `prototypes` leaders: each run joins every leader it matches, and becomes a
  /// leader itself when it matches none.
  private func chooseLeaders(
    _ distinct: [Int32], visiting: Bool, _ recording: Bool, _ result: inout Result
  ) -> [Int32] {
    var chosen: [Int32] = []
    for candidate in distinct {
      var matched = false
      for leader in chosen {
        let score = scorer.score(Int(leader), Int(candidate))
        if score >= threshold { matched = true }
        if visiting { record(leader, candidate, score, recording, &result) }
      }
      if !matched && chosen.count < CandidateSearch.prototypes { chosen.append(candidate) }
    }
    return chosen
  }

  private func searchAcross(
    runs: ([Int32], [Int32]), leaders: ([Int32], [Int32]), _ recording: Bool,
    _ result: inout Result
  ) {
    let floor = ScoreModel.nameFloor(threshold)
    let prefixes = PrefixIndex(profiles.cores, signatures, scorer.weights.name, floor: floor)
    var seen = [Int32](repeating: -1, count: signatures.count)
    for signature in 0..<signatures.count {
      for word in prefixes.prefix(signature) {
        let postings = prefixes.postings(word)
        if postings.count <= CandidateSearch.postingCap {
          for other in postings where Int(other) > signature && seen[Int(other)] != signature {
            seen[Int(other)] = Int32(signature)
            compare(signature, Int(other), runs, leaders, floor, recording, &result)
          }
        } else {
          let hubs = prefixes.hubs(word)
          let isHub = hubs.contains(Int32(signature))
          for hub in hubs where Int(hub) != signature && seen[Int(hub)] != signature {
            if isHub && Int(hub) < signature { continue }
            seen[Int(hub)] = Int32(signature)
            compare(
              min(signature, Int(hub)), max(signature, Int(hub)), runs, leaders, floor, recording,
              &result)
          }
        }
      }
    }
  }

  private func compare(
    _ one: Int, _ other: Int, _ runs: ([Int32], [Int32]), _ leaders: ([Int32], [Int32]),
    _ floor: Double, _ recording: Bool, _ result: inout Result
  ) {
    let name = scorer.nameSimilarity(
      signatures.representative(one), signatures.representative(other))
    guard name >= floor else { return }
    var left = runs.0[Int(runs.1[one])..<Int(runs.1[one + 1])]
    var right = runs.0[Int(runs.1[other])..<Int(runs.1[other + 1])]
    if left.count * right.count > CandidateSearch.fullCrossProduct {
      left = leaders.0[Int(leaders.1[one])..<Int(leaders.1[one + 1])]
      right = leaders.0[Int(leaders.1[other])..<Int(leaders.1[other + 1])]
    }
    for first in left {
      for second in right { visit(min(first, second), max(first, second), recording, &result) }
    }
  }

  private func visit(_ first: Int32, _ second: Int32, _ recording: Bool, _ result: inout Result) {
    record(first, second, scorer.score(Int(first), Int(second)), recording, &result)
  }

  private func record(
    _ first: Int32, _ second: Int32, _ score: Double, _ recording: Bool, _ result: inout Result
  ) {
    let pair = ScoredPair(
      first: min(first, second), second: max(first, second), score: score, certain: false)
    if recording { result.scored.append(pair) }
    if score >= threshold { result.edges.append(pair) }
  }

  private func sameContext(_ one: Int32, _ other: Int32) -> Bool {
    profiles.kinds[Int(one)] == profiles.kinds[Int(other)]
      && profiles.descriptions.members(Int(one)).elementsEqual(
        profiles.descriptions.members(Int(other)))
      && profiles.tags.members(Int(one)).elementsEqual(profiles.tags.members(Int(other)))
  }

  private func contextHash(_ service: Int) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(profiles.kinds[service])
    for id in profiles.descriptions.members(service) {
      hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x100_0000_01b3
    }
    hash = (hash ^ 0xFFFF) &* 0x100_0000_01b3
    for id in profiles.tags.members(service) {
      hash = (hash ^ UInt64(UInt32(bitPattern: id))) &* 0x100_0000_01b3
    }
    return hash
  }
}
