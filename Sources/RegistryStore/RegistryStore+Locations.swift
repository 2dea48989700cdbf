import RegistryModel

/// Where in the files a service, or one of its links, is written, for tools that point at
/// lines (SARIF readers, editors).
extension RegistryStore {
  /// The file of service `id` (as the user can open it), at the line of its link to `target`
  /// when one is given and found, else at its first line; `nil` when the service has no file.
  /// Reads that one file: O(its size).
  public func location(of id: ServiceID, linkTo target: ServiceID? = nil) -> SourceLocation? {
    guard let relative = relativePath(of: id) else { return nil }
    let path = displayPath(relative)
    guard let target,
      let text = try? FileSystem.readTextIfPresent("\(root)/\(relative)")
    else { return SourceLocation(path: path, line: 1, column: 1) }
    var inLink = false
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.hasPrefix("[") {
        inLink = trimmed.hasPrefix("[[links]]") || trimmed.hasPrefix("[[ links ]]")
        continue
      }
      guard inLink, trimmed.hasPrefix("to") else { continue }
      let value = trimmed.dropFirst(2).drop { $0 == " " || $0 == "\t" }
      guard value.hasPrefix("=") else { continue }
      let quoted = value.dropFirst().drop { $0 == " " || $0 == "\t" }
      if quoted.hasPrefix("\"\(target.rawValue)\"") || quoted.hasPrefix("'\(target.rawValue)'") {
        return SourceLocation(path: path, line: index + 1, column: line.count - trimmed.count + 1)
      }
    }
    return SourceLocation(path: path, line: 1, column: 1)
  }
}
