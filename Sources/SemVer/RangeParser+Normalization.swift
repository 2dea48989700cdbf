extension RangeParser {
  /// Simplifies one alternative as node does: a null set wins, duplicates go, order stays.
  ///
  /// "Any version" comparators were never added, which is node's rule of dropping `*` from
  /// an alternative that has other comparators.
  static func normalized(alternative comparators: [Comparator]) -> [Comparator] {
    if isNormalized(comparators) { return comparators }
    var unique: [Comparator] = []
    unique.reserveCapacity(comparators.count)
    for comparator in comparators {
      if comparator.isNullSet { return [comparator] }
      if !unique.contains(comparator) { unique.append(comparator) }
    }
    return unique
  }

  /// Whether `comparators` has neither a null set nor duplicates, so it can be kept as is.
  private static func isNormalized(_ comparators: [Comparator]) -> Bool {
    for (index, comparator) in comparators.enumerated() {
      if comparator.isNullSet { return comparators.count == 1 }
      for earlier in comparators[..<index] where earlier == comparator { return false }
    }
    return true
  }

  /// Simplifies the alternatives as node does: null sets go unless all are null, and an
  /// alternative that matches any version makes the whole range match any version.
  static func normalized(_ alternatives: [[Comparator]]) -> [[Comparator]] {
    guard alternatives.count > 1 else { return alternatives }
    let kept = alternatives.filter { !($0.count == 1 && $0[0].isNullSet) }
    if kept.isEmpty { return [alternatives[0]] }
    if kept.count > 1, kept.contains(where: \.isEmpty) { return [[]] }
    return kept
  }
}
