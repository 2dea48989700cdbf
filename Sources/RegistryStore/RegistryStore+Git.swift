/// What a registry needs from git to merge well.
extension RegistryStore {
  /// The `.gitattributes` lines a registry needs: the journal is merged by keeping both sides'
  /// lines (every change appends one, so two branches always touch its end), and `log` orders
  /// the entries by time whatever order a merge left them in.
  public static let gitAttributes = ["\(RegistryLayout.journalFile) merge=union"]

  /// Adds to `root/.gitattributes` the lines of `gitAttributes` it lacks, keeping everything it
  /// holds, and returns the lines added. O(size of the file).
  @discardableResult
  public static func addGitAttributes(at root: String) throws(StoreError) -> [String] {
    let path = "\(root)/\(RegistryLayout.gitAttributesFile)"
    let existing = try FileSystem.readTextIfPresent(path) ?? ""
    let present = Set(
      existing.split(whereSeparator: \.isNewline).map {
        $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      })
    let missing = gitAttributes.filter { !present.contains($0) }
    guard !missing.isEmpty else { return [] }
    var text = existing
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    if text.isEmpty {
      text = "# svcreg: keep both sides of journal.log in a merge; 'log' orders it by time\n"
    }
    text += missing.map { $0 + "\n" }.joined()
    try FileSystem.writeAtomically(Array(text.utf8), to: path, durable: true)
    return missing
  }
}
