/// How many rows of one fixture file a test checked, by kind.
struct RowTally {
  /// Rows with neither `loose` nor `includePrerelease`.
  var strict = 0

  /// Non-loose rows with `includePrerelease`.
  var includePrerelease = 0

  /// Loose rows, which are out of scope and skipped.
  var skippedLoose = 0

  /// Counts a row with `options`, reporting whether it should run.
  mutating func admit(_ options: NodeOptions) -> Bool {
    if options.loose {
      skippedLoose += 1
      return false
    }
    if options.includePrerelease {
      includePrerelease += 1
    } else {
      strict += 1
    }
    return true
  }
}
