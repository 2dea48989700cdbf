/// Where the shell sends a command's output instead of the screen: `> FILE`, `>> FILE`, or
/// `| COMMAND` (a command of the system shell, which reads the output on its standard input).
public enum OutputRedirection: Sendable, Equatable {
  /// Into a file, replacing it, or appending with `append`.
  case file(String, append: Bool)
  /// Into a system shell command's standard input.
  case pipe(String)

  /// `line` split into the svcreg command and where its output goes: the first `>`, `>>` or
  /// `|` written bare (not quoted, and a word of its own, so that `--range '>=2'` and `>=2`
  /// stay words) redirects. O(n).
  public static func split(_ line: String) throws(CommandError) -> (
    command: String, redirection: OutputRedirection?
  ) {
    let tokens = try Tokenizer.split(line)
    guard let index = tokens.firstIndex(where: \.isRedirection) else { return (line, nil) }
    let operation = tokens[index]
    let command = String(line.prefix(operation.column - 1))
    guard index > 0 else {
      throw .usage(
        "'\(operation.text)' needs a command before it, such as 'list \(operation.text) …'",
        column: operation.column, command: nil)
    }
    if operation.text == "|" {
      let rest = line.dropFirst(operation.column).drop { $0 == " " || $0 == "\t" }
      guard !rest.isEmpty else {
        throw .usage(
          "'|' needs a command to send the output to, such as 'dups | head -40'",
          column: operation.column, command: nil)
      }
      return (command, .pipe(String(rest)))
    }
    guard index + 2 == tokens.count, !tokens[index + 1].isRedirection else {
      throw .usage(
        "'\(operation.text)' needs one file name after it, such as 'list \(operation.text) services.txt'",
        column: operation.column, command: nil)
    }
    return (command, .file(tokens[index + 1].text, append: operation.text == ">>"))
  }
}
