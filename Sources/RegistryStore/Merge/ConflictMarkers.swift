/// Two texts that differ only where a merge conflicts, written as one text with git's conflict
/// markers around each run of differing lines, as `git merge` leaves a conflicted file.
enum ConflictMarkers {
  /// `ours` and `theirs` interleaved: lines both have (by their longest common subsequence)
  /// once, each differing run between `<<<<<<< ours`, `=======` and `>>>>>>> theirs`, markers
  /// `size` characters long. O(n × m) for texts of n and m lines, which a service file's
  /// hundred lines keep small.
  static func text(
    ours: String, theirs: String, oursLabel: String, theirsLabel: String, size: Int = 7
  ) -> String {
    let a = ours.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = theirs.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // common[i][j]: the length of the longest common subsequence of a[i...] and b[j...].
    var common = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
      }
    }
    var lines: [String] = []
    var (i, j) = (0, 0)
    var oursRun: [String] = []
    var theirsRun: [String] = []
    func flush() {
      guard !oursRun.isEmpty || !theirsRun.isEmpty else { return }
      lines.append(String(repeating: "<", count: size) + " " + oursLabel)
      lines += oursRun
      lines.append(String(repeating: "=", count: size))
      lines += theirsRun
      lines.append(String(repeating: ">", count: size) + " " + theirsLabel)
      oursRun = []
      theirsRun = []
    }
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        flush()
        lines.append(a[i])
        i += 1
        j += 1
      } else if j == b.count || (i < a.count && common[i + 1][j] >= common[i][j + 1]) {
        oursRun.append(a[i])
        i += 1
      } else {
        theirsRun.append(b[j])
        j += 1
      }
    }
    flush()
    return lines.joined(separator: "\n")
  }
}
