/// Which files differ between revisions, and what a revision held.
extension GitRepository {
  /// The paths under `directory` (relative to it) whose content differs between commit `from`
  /// and commit `to`, or the working tree when `to` is nil, untracked files included. One
  /// `git diff` (and one `git ls-files`), O(changed files) output.
  public func changedPaths(from: String, to: String?) throws(GitError) -> [String] {
    var arguments = ["diff", "--no-ext-diff", "--no-textconv", "--no-renames", "--relative"]
    arguments += ["--name-only", "-z", from]
    if let to { arguments.append(to) }
    arguments += ["--", "."]
    var paths = GitRepository.nulSeparated(try git.run(arguments))
    if to == nil {
      // Files git does not track are in the working tree but in no commit.
      paths += GitRepository.nulSeparated(
        try git.run(["ls-files", "--others", "-z", "--", "."]))
    }
    return paths
  }

  /// The bytes of each of `paths` (relative to `directory`) at `commit`, nil for a path the
  /// commit does not hold as a file. One `git cat-file --batch` for all of them.
  public func contents(of paths: [String], at commit: String) throws(GitError) -> [String:
    [UInt8]?]
  {
    var result: [String: [UInt8]?] = [:]
    // cat-file reads one object name per line: a path holding a newline cannot be asked for,
    // and is no file svcreg would read.
    var asked: [String] = []
    for path in paths {
      if path.contains("\n") || path.contains("\r") {
        result[path] = .some(nil)
      } else {
        asked.append(path)
      }
    }
    guard !asked.isEmpty else { return result }
    let input = asked.map { "\(commit):./\($0)\n" }.joined()
    let output = try git.run(["cat-file", "--batch"], input: Array(input.utf8))
    var position = 0
    for path in asked {
      guard let newline = output[position...].firstIndex(of: UInt8(ascii: "\n")) else {
        throw .failed(command: "git cat-file --batch", status: 0, message: "output ended early")
      }
      let header = output[position..<newline].split(separator: UInt8(ascii: " "))
      position = newline + 1
      // "<name> missing" (or "ambiguous"), or "<oid> <type> <size>".
      guard header.count == 3, let size = Int(String(decoding: header[2], as: UTF8.self)) else {
        result[path] = .some(nil)
        continue
      }
      let type = String(decoding: header[1], as: UTF8.self)
      guard position + size <= output.count else {
        throw .failed(command: "git cat-file --batch", status: 0, message: "output ended early")
      }
      result[path] = type == "blob" ? .some(Array(output[position..<position + size])) : .some(nil)
      position += size + 1
    }
    return result
  }

  static func nulSeparated(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }
}
