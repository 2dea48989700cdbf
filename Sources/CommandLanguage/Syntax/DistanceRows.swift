/// Three rows of the edit-distance table, kept from one comparison to the next so that
/// comparing a word with every name allocates them once.
struct DistanceRows {
  private var beforePrevious: [Int] = []
  private var previous: [Int] = []
  private var current: [Int] = []

  /// The edit distance between `a` and `b` counting a swap of two neighbours as one edit
  /// (`rdpes` is one slip from `rdeps`), or any value above `limit` as soon as the distance
  /// is known to exceed it. O(|a| × |b|) at worst.
  mutating func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    let width = b.count + 1
    if previous.count < width {
      beforePrevious = [Int](repeating: 0, count: width)
      previous = [Int](repeating: 0, count: width)
      current = [Int](repeating: 0, count: width)
    }
    for j in 0..<width { previous[j] = j }
    var previousMinimum = 0
    for i in 1...a.count {
      current[0] = i
      var minimum = i
      for j in 1...b.count {
        var value = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        minimum = min(minimum, value)
      }
      // A row is never less than the smaller of the row above and the one above that plus
      // one (a swap reaches two rows back), so two rows over the limit end the search.
      if minimum > limit && previousMinimum > limit { return limit + 1 }
      previousMinimum = minimum
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
