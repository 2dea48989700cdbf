/// One word of a command line after quotes and escapes are resolved.
public struct Token: Sendable, Hashable {
  /// The word's text.
  public var text: String
  /// The 1-based column, in characters, where the word starts on its line.
  public var column: Int

  /// Creates a token.
  public init(_ text: String, column: Int) {
    self.text = text
    self.column = column
  }
}
