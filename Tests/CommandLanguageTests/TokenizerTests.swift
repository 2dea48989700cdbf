import Testing

@testable import CommandLanguage

@Suite struct TokenizerTests {
  @Test(arguments: [
    ("register a --name 'Sistem Informasi'", ["register", "a", "--name", "Sistem Informasi"]),
    ("find \"say \\\"hi\\\"\"", ["find", "say \"hi\""]),
    ("find a\\ b", ["find", "a b"]),
    ("list # a comment", ["list"]),
    ("find a#b", ["find", "a#b"]),
    ("   ", []),
    ("find ''", ["find", ""]),
    ("find \"c:\\path\"", ["find", "c:\\path"]),
  ])
  func splitsLikeAShell(_ line: String, _ words: [String]) throws {
    #expect(try Tokenizer.split(line).map(\.text) == words)
  }

  @Test func reportsTheColumnOfAnUnterminatedQuote() {
    #expect {
      try Tokenizer.split("register x --name 'open")
    } throws: { error in
      guard case CommandError.usage(let message, let column, _) = error else { return false }
      return column == 19 && message.contains("unterminated single quote")
    }
  }
}

/// The one rule that joins continued lines, for scripts, piped input and the shell.
@Suite struct ContinuedLineTests {
  @Test func joinsWithASpaceUntilALineEndsAndKeepsAnEscapedBackslash() {
    var joined = ContinuedLine()
    #expect(joined.take("register a \\") == nil)
    #expect(joined.isPending)
    #expect(joined.take("  --name A\\") == nil)
    #expect(joined.take("--unit x") == "register a    --name A --unit x")
    #expect(!joined.isPending)
    // An even run of backslashes is escaped text, not a continuation.
    #expect(joined.take("find a\\\\") == "find a\\\\")
    #expect(joined.take("one\\") == nil)
    #expect(joined.finish() == "one")
    #expect(joined.finish() == nil)
    #expect(joined.take("two\\") == nil)
    joined.reset()
    #expect(joined.take("three") == "three")
  }
}
