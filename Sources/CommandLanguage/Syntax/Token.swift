/// One word of a command line after quotes and escapes are resolved.
public struct Token: Sendable, Hashable {
  /// The word's text.
  public var text: String
  /// The 1-based column, in characters, where the word starts on its line.
  public var column: Int
  /// Whether the word was written with no quote or escape in it, so that `>`, `>>` and `|`
  /// written so are the shell's redirections, and `'>'` is a word.
  public var isBare: Bool

  /// Creates a token.
  public init(_ text: String, column: Int, isBare: Bool = true) {
    self.text = text
    self.column = column
    self.isBare = isBare
  }

  /// Whether the word redirects output in the shell: `>`, `>>` or `|`, written bare.
  public var isRedirection: Bool { isBare && (text == ">" || text == ">>" || text == "|") }
}
