/// Why one cell's value cannot be used, in words for the row's error line.
struct CellError: Error, Sendable {
  /// What is wrong, naming the column.
  var message: String

  init(_ message: String) { self.message = message }
}
