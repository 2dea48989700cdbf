/// Finds where a key sits in TOML source text, so that a value TOMLKit accepted but the registry
/// rejects can still be reported as `path:line:column`.
///
/// It is a light line scanner, not a parser: it only runs after the real parser accepted the
/// file, and it only needs to find headers and key starts.
struct SourceLocator {
  /// A step in the path to a value: a key, or the n-th entry of an array of tables.
  enum Step: Equatable {
    case key(String)
    case entry(String, Int)
  }

  private let lines: [Substring]

  init(source: String) {
    lines = source.split(separator: "\n", omittingEmptySubsequences: false)
  }

  /// The 1-based line and column of the value at `path`, or of the closest enclosing thing found.
  func locate(_ path: [Step], pointingAtKey: Bool = false) -> (line: Int, column: Int) {
    var section: [Step] = []
    var counts: [String: Int] = [:]
    var best = (line: 1, column: 1)
    var wanted = path
    var sectionWanted: [Step] = []
    // A path starts with the table or array entry it lives in, if any.
    if case .entry = path.first {
      sectionWanted = [path[0]]
      wanted = Array(path.dropFirst())
    } else if path.count > 1, case .key(let name) = path[0], isTableName(name) {
      sectionWanted = [path[0]]
      wanted = Array(path.dropFirst())
    }
    for (index, line) in lines.enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      let indent = line.count - trimmed.count
      if trimmed.hasPrefix("[[") {
        let name = headerName(trimmed.dropFirst(2))
        counts[name, default: -1] += 1
        section = [.entry(name, counts[name]!)]
        if section == sectionWanted { best = (index + 1, indent + 1) }
        continue
      }
      if trimmed.hasPrefix("[") {
        let name = headerName(trimmed.dropFirst())
        // A top-level key written as a table (`[versions]` for `[[versions]]`) is its header.
        if sectionWanted.isEmpty, wanted == [.key(name)] { return (index + 1, indent + 1) }
        section = [.key(name)]
        if section == sectionWanted { best = (index + 1, indent + 1) }
        continue
      }
      guard section == sectionWanted, case .key(let first) = wanted.first else { continue }
      guard let rest = matchKey(first, in: trimmed) else { continue }
      best = (index + 1, indent + 1)
      if pointingAtKey && wanted.count == 1 { return best }
      // A key inside an inline table on the same line: find it after the `{`.
      if wanted.count > 1, case .key(let inner) = wanted[1] {
        let lineText = String(line)
        for candidate in [" \(inner) ", " \(inner)=", "{\(inner)", "\"\(inner)\""] {
          if let range = lineText.range(of: candidate) {
            let offset = lineText.distance(from: lineText.startIndex, to: range.lowerBound)
            best = (index + 1, offset + (candidate.first == " " || candidate.first == "{" ? 2 : 1))
            return best
          }
        }
        return best
      }
      // Point at the value, which is what is wrong.
      let valueStart = rest.drop { $0 == " " || $0 == "\t" || $0 == "=" }
      best = (index + 1, line.count - valueStart.count + 1)
      return best
    }
    return best
  }

  private func isTableName(_ name: String) -> Bool {
    lines.contains { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      return trimmed.hasPrefix("[") && !trimmed.hasPrefix("[[")
        && headerName(trimmed.dropFirst()) == name
    }
  }

  private func headerName(_ text: Substring) -> String {
    String(text.prefix { $0 != "]" }).trimmingSpaces().trimmingQuotes()
  }

  /// The text after `key` when the line assigns it, or `nil`.
  private func matchKey(_ key: String, in line: Substring) -> Substring? {
    for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(form) {
      let rest = line.dropFirst(form.count)
      if rest.first == " " || rest.first == "\t" || rest.first == "=" || rest.first == "." {
        return rest
      }
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }

  fileprivate func trimmingQuotes() -> String {
    guard count >= 2, let first, first == "\"" || first == "'", last == first else { return self }
    return String(dropFirst().dropLast())
  }
}
