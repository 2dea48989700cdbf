/// What one call to ``LineEditor/readLine(prompt:)`` produced.
public enum LineInput: Sendable, Equatable {
  /// A line the user entered, without its newline and without trailing spaces.
  case line(String)

  /// The user pressed Ctrl-C and abandoned the line.
  case interrupted

  /// The user pressed Ctrl-D on an empty line, or input ended.
  case endOfInput
}
