/// Findings gathered by code, so that the producers, which already emit each code in order,
/// need no sort of the whole list.
struct FindingGroups {
  private var groups = [[Finding]](repeating: [], count: FindingCode.allCases.count)

  /// Adds `finding` after the others of its code.
  mutating func add(_ finding: Finding) {
    groups[finding.code.ordinal].append(finding)
  }

  /// Sorts the findings of `code`, for producers that do not emit them in order; O(n log n).
  mutating func sort(_ code: FindingCode) {
    let index = code.ordinal
    let group = groups[index]
    // Sorting positions rather than findings moves small values instead of large ones.
    let order = group.indices.sorted { Finding.listedBefore(group[$0], group[$1]) }
    groups[index] = order.map { group[$0] }
  }

  /// All findings, by code and then as each group is ordered.
  var all: [Finding] { Array(groups.joined()) }
}
