import Foundation

/// Reads `journal.log`, the append-only record of changes.
public enum Journal {
  /// The entries of the journal at `root`, oldest first; a line that does not parse (a
  /// hand edit, a bad merge) is skipped rather than hiding the rest. O(size of the journal).
  public static func entries(inRegistryAt root: String) throws(StoreError) -> [JournalEntry] {
    try read(inRegistryAt: root).entries
  }

  /// The entries of the journal at `root`, oldest first (by time, whatever order a merge left
  /// the lines in), and the 1-based numbers of the
  /// lines that do not parse, so that they can be reported. O(size of the journal).
  public static func read(inRegistryAt root: String) throws(StoreError) -> (
    entries: [JournalEntry], unreadableLines: [Int]
  ) {
    guard
      let text = try FileSystem.readTextIfPresent("\(root)/\(RegistryLayout.journalFile)")
    else { return ([], []) }
    let decoder = JSONDecoder()
    var entries: [JournalEntry] = []
    var unreadable: [Int] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated() where !line.allSatisfy(\.isWhitespace)
    {
      if let entry = try? decoder.decode(JournalEntry.self, from: Data(line.utf8)) {
        entries.append(entry)
      } else {
        unreadable.append(index + 1)
      }
    }
    // A merge leaves each side's lines together (git's union merge); time orders them again.
    // The sort is stable, so entries of the same second keep the order they were written in.
    if zip(entries, entries.dropFirst()).contains(where: { $0.time > $1.time }) {
      entries = entries.enumerated().sorted {
        ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
      }.map(\.element)
    }
    return (entries, unreadable)
  }

  /// The current time in UTC as the journal writes it.
  public static func timestamp(_ date: Date = Date()) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func pad(_ value: Int?, _ width: Int = 2) -> String {
      let digits = String(value ?? 0)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))T"
      + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))Z"
  }
}
