/// What a registry needs from git to merge well.
extension RegistryStore {
  /// The `.gitattributes` lines a registry needs: the journal is merged by keeping both sides'
  /// lines (every change appends one, so two branches always touch its end), and `log` orders
  /// the entries by time whatever order a merge left them in; service files and units.toml go
  /// to svcreg's merge driver, which merges them field by field (where a clone has not set the
  /// driver up, git merges them line by line as before).
  public static let gitAttributes = [
    "\(RegistryLayout.journalFile) merge=union",
    "\(RegistryLayout.servicesFolder)/**/*.toml merge=\(mergeDriverName)",
    "\(RegistryLayout.unitsFile) merge=\(mergeDriverName)",
  ]

  /// The merge driver's name in `.gitattributes` and git's configuration.
  public static let mergeDriverName = "svcreg"

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
      text =
        "# svcreg: keep both sides of journal.log in a merge ('log' orders it by time); merge\n"
        + "# registry files field by field ('svcreg init' in each clone sets the driver up)\n"
    }
    text += missing.map { $0 + "\n" }.joined()
    try FileSystem.writeAtomically(Array(text.utf8), to: path, durable: true)
    return missing
  }
}
