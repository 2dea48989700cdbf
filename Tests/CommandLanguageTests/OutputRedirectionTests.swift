import CommandLanguage
import Testing

/// `OutputRedirection.split`: which `>`, `>>` and `|` redirect a shell line, and which are
/// words of the command.
@Suite struct OutputRedirectionTests {
  @Test(arguments: [
    ("list > out.txt", "list ", OutputRedirection.file("out.txt", append: false)),
    ("list >> 'my list.txt'", "list ", .file("my list.txt", append: true)),
    ("dups | head -40", "dups ", .pipe("head -40")),
    ("rdeps sso | grep -c '|'", "rdeps sso ", .pipe("grep -c '|'")),
  ])
  func redirects(line: String, command: String, redirection: OutputRedirection) throws {
    let split = try OutputRedirection.split(line)
    #expect(split.command == command)
    #expect(split.redirection == redirection)
  }

  @Test(arguments: [
    "link a b --range '>=2'", "link a b --range >=2", "link a b --range '^1 || ^2'",
    "find \\|", "find \">\"", "versions sso --matching ^1||^2",
  ])
  func quotedOrJoinedOperatorsAreWords(line: String) throws {
    let split = try OutputRedirection.split(line)
    #expect(split.command == line)
    #expect(split.redirection == nil)
  }

  @Test(arguments: [
    ("list >", "'>' needs one file name after it"), ("list > a b", "'>' needs one file name"),
    ("dups |", "'|' needs a command"), ("> out.txt", "'>' needs a command before it"),
  ])
  func mistakesAreUsageErrors(line: String, message: String) {
    #expect(throws: CommandError.self) { try OutputRedirection.split(line) }
    do {
      _ = try OutputRedirection.split(line)
    } catch {
      #expect(error.description.contains(message), "\(error)")
    }
  }
}
