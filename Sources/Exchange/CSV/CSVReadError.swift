/// Why a CSV file could not be read, and on which line.
struct CSVReadError: Error, Sendable {
  /// The 1-based line of the problem.
  var line: Int
  /// What is wrong, in words a person acts on.
  var message: String
}
