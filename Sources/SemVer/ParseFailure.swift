/// A parse error located by byte offset; it becomes a ``SemVerError`` once a column is known.
struct ParseFailure: Error {
  /// The UTF-8 offset of the problem in the whole input.
  var offset: Int

  /// What is wrong and what would be allowed there.
  var reason: String
}
