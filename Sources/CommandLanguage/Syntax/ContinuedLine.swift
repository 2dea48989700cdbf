/// Joins physical lines into one logical line: a line ending in an unescaped `\` continues on
/// the next, joined with a space. The one rule for scripts, piped input and the shell, so that
/// all of them read the same command from the same lines.
public struct ContinuedLine: Sendable {
  private var parts: [Substring] = []

  /// An empty line, waiting for its first part.
  public init() {}

  /// Whether lines have been taken that the logical line continues after.
  public var isPending: Bool { !parts.isEmpty }

  /// Takes the next physical line: the whole logical line when `line` ends it, `nil` when it
  /// continues on the next. O(length of the logical line) when it ends.
  public mutating func take(_ line: String) -> String? {
    if Tokenizer.continues(Substring(line)) {
      parts.append(Substring(line).dropLast())
      return nil
    }
    guard isPending else { return line }
    parts.append(Substring(line))
    defer { parts.removeAll() }
    return parts.joined(separator: " ")
  }

  /// What was taken of a logical line the input ended inside, if anything; starts afresh.
  public mutating func finish() -> String? {
    guard isPending else { return nil }
    defer { parts.removeAll() }
    return parts.joined(separator: " ")
  }

  /// Drops what was taken (Ctrl-C in the shell).
  public mutating func reset() { parts.removeAll() }
}
