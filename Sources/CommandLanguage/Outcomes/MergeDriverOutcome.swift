/// What `merge-driver` did with one file.
struct MergeDriverOutcome {
  /// The file's path in the repository.
  var path: String
  /// What conflicts after a field-by-field merge, one phrase each.
  var conflicts: [String]
  /// When git's line merge was used instead (a version did not parse): the conflicts it left.
  var lineMergeConflicts: Int?
}
