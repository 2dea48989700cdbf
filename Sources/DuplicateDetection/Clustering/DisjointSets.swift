/// Union–find over services with union by size and path halving: near-constant time per
/// operation; each set also remembers its leader (the member its name is judged by, chosen by
/// the caller), the sum of the scores that joined it and whether every join was certain.
struct DisjointSets: Sendable {
  private var parent: [Int32]
  private var size: [Int32]
  private(set) var leader: [Int32]
  private(set) var scoreSum: [Double]
  private(set) var joins: [Int32]
  private(set) var uncertainJoins: [Int32]

  /// `count` singletons.
  init(count: Int) {
    parent = (0..<Int32(count)).map { $0 }
    size = [Int32](repeating: 1, count: count)
    leader = parent
    scoreSum = [Double](repeating: 0, count: count)
    joins = [Int32](repeating: 0, count: count)
    uncertainJoins = [Int32](repeating: 0, count: count)
  }

  /// The root of `element`'s set.
  mutating func find(_ element: Int32) -> Int32 {
    var current = element
    while parent[Int(current)] != current {
      parent[Int(current)] = parent[Int(parent[Int(current)])]
      current = parent[Int(current)]
    }
    return current
  }

  /// The size of the set rooted at `root`.
  func size(ofRoot root: Int32) -> Int { Int(size[Int(root)]) }

  /// Joins the sets rooted at `one` and `other` by an edge of `score`; of the two leaders, the
  /// one that `prefers` over the other leads the union.
  mutating func union(
    roots one: Int32, _ other: Int32, score: Double, certain: Bool,
    prefers: (Int32, Int32) -> Bool
  ) {
    var big = one
    var small = other
    if size[Int(small)] > size[Int(big)]
      || (size[Int(small)] == size[Int(big)] && leader[Int(small)] < leader[Int(big)])
    {
      swap(&big, &small)
    }
    if prefers(leader[Int(small)], leader[Int(big)]) { leader[Int(big)] = leader[Int(small)] }
    parent[Int(small)] = big
    size[Int(big)] += size[Int(small)]
    scoreSum[Int(big)] += scoreSum[Int(small)] + score
    joins[Int(big)] += joins[Int(small)] + 1
    uncertainJoins[Int(big)] += uncertainJoins[Int(small)] + (certain ? 0 : 1)
  }
}
