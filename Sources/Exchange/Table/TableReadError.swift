/// Why an inventory file could not be read, and where.
struct TableReadError: Error, Sendable {
  /// The 1-based line (or sheet row) of the problem; 0 when it is the file as a whole.
  var line: Int
  /// What is wrong, in words a person acts on.
  var message: String
}
