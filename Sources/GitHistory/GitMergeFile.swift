/// git's own line merge of three files, for the files svcreg cannot merge field by field.
public enum GitMergeFile {
  /// Runs `git merge-file` on `ours` (merged in place), `base` and `theirs`, labelling the
  /// sides as given; returns the number of conflicts it left (0 for a clean merge).
  public static func merge(
    ours: String, base: String, theirs: String, labels: (String, String, String),
    markerSize: Int = 7, in directory: String = "."
  ) throws(GitError) -> Int {
    let (status, _, errors) = try GitProcess(directory: directory).runAllowingFailure([
      "merge-file", "--marker-size=\(markerSize)", "-L", labels.0, "-L", labels.1, "-L",
      labels.2, "--", ours, base, theirs,
    ])
    // Its status is the number of conflicts, or negative (255 here) when it failed.
    guard status >= 0, status < 128 else {
      throw .failed(command: "git merge-file", status: status, message: errors)
    }
    return Int(status)
  }
}
