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
