import Exchange

/// What `import` planned and, unless it was refused or a dry run, applied.
struct ImportOutcome {
  /// The plan: what is added, updated and created, and its errors and warnings.
  var plan: ImportPlan
  /// The services file.
  var file: String
  /// Whether nothing was to be written.
  var dryRun: Bool
  /// Whether the change waits in an open batch.
  var inBatch: Bool
  /// The `--map-value` choices, as `field: 'value' → word`, for `--dry-run`.
  var values: [String] = []

  /// How many errors or warnings are listed before a count of the rest.
  static let shownLimit = 100
}
