/// Prefix filtering for weighted Jaccard similarity: words are ordered rarest first, and each
/// signature is indexed only under the shortest prefix of its words whose remaining weight is
/// below `floor` times its total. Two cores whose similarity reaches `floor` share at least
/// their weight `floor` of the smaller total, so their first shared word lies in both prefixes:
/// probing prefixes against prefixes misses no such pair. O(total core words + sort of the
/// vocabulary).
struct PrefixIndex: Sendable {
  private let prefixes: [Int32]
  private let prefixStarts: [Int32]
  private let postings: [Int32]
  private let postingStarts: [Int32]
  private let hubLists: [Int32: [Int32]]

  /// Indexes the signatures' cores.
  init(_ cores: FlatSets, _ signatures: CoreSignatures, _ weights: [Double], floor: Double) {
    var used = [Bool](repeating: false, count: weights.count)
    for signature in 0..<signatures.count {
      for word in cores.members(signatures.representative(signature)) { used[Int(word)] = true }
    }
    var order = (0..<Int32(weights.count)).filter { used[Int($0)] }
    order.sort {
      weights[Int($0)] != weights[Int($1)] ? weights[Int($0)] > weights[Int($1)] : $0 < $1
    }
    var rank = [Int32](repeating: 0, count: weights.count)
    for (position, word) in order.enumerated() { rank[Int(word)] = Int32(position) }
    var prefixes: [Int32] = []
    var prefixStarts: [Int32] = [0]
    var counts = [Int32](repeating: 0, count: weights.count + 1)
    var words: [Int32] = []
    for signature in 0..<signatures.count {
      words = Array(cores.members(signatures.representative(signature)))
      words.sort { rank[Int($0)] < rank[Int($1)] }
      let total = words.reduce(0.0) { $0 + weights[Int($1)] }
      // A hair of slack keeps rounding from cutting a prefix one word short.
      let bound = floor * total * (1 - 1e-9)
      var remaining = total
      var length = 0
      while length < words.count && remaining >= bound {
        remaining -= weights[Int(words[length])]
        length += 1
      }
      for word in words[0..<length] {
        prefixes.append(word)
        counts[Int(word) + 1] += 1
      }
      prefixStarts.append(Int32(prefixes.count))
    }
    for index in 1..<counts.count { counts[index] += counts[index - 1] }
    var fill = Array(counts.dropLast())
    var postings = [Int32](repeating: 0, count: prefixes.count)
    for signature in 0..<signatures.count {
      for word in prefixes[Int(prefixStarts[signature])..<Int(prefixStarts[signature + 1])] {
        postings[Int(fill[Int(word)])] = Int32(signature)
        fill[Int(word)] += 1
      }
    }
    var hubLists: [Int32: [Int32]] = [:]
    for word in 0..<weights.count
    where Int(counts[word + 1] - counts[word]) > CandidateSearch.postingCap {
      let list = postings[Int(counts[word])..<Int(counts[word + 1])]
      let largest = list.sorted {
        let one = signatures.services(Int($0)).count
        let other = signatures.services(Int($1)).count
        return one != other ? one > other : $0 < $1
      }
      hubLists[Int32(word)] = Array(largest.prefix(CandidateSearch.hubs))
    }
    self.prefixes = prefixes
    self.prefixStarts = prefixStarts
    self.postings = postings
    postingStarts = counts
    self.hubLists = hubLists
  }

  /// The indexed words of signature `signature`.
  func prefix(_ signature: Int) -> ArraySlice<Int32> {
    prefixes[Int(prefixStarts[signature])..<Int(prefixStarts[signature + 1])]
  }

  /// The signatures indexed under `word`, ascending.
  func postings(_ word: Int32) -> ArraySlice<Int32> {
    postings[Int(postingStarts[Int(word)])..<Int(postingStarts[Int(word) + 1])]
  }

  /// The largest signatures indexed under a hub word.
  func hubs(_ word: Int32) -> [Int32] {
    hubLists[word] ?? []
  }
}
