/// Splits a command line into words the way a POSIX shell does: single quotes keep everything,
/// double quotes allow `\"` and `\\`, a backslash outside quotes escapes the next character,
/// and `#` at the start of a word begins a comment.
public enum Tokenizer {
  /// What splitting a possibly unfinished line gave, for completion.
  public struct Partial: Sendable, Equatable {
    /// The finished words before the one being typed.
    public var words: [String]
    /// The word being typed, possibly empty.
    public var current: String
  }

  /// The words of `line`; an unterminated quote is an error naming its column. O(n).
  public static func split(_ line: String) throws(CommandError) -> [Token] {
    let scan = scan(line)
    if let quote = scan.openQuote {
      throw .usage(
        "unterminated \(quote.character == "'" ? "single" : "double") quote", column: quote.column,
        command: nil)
    }
    return scan.tokens
  }

  /// The words of an unfinished line, tolerating an open quote, for completion.
  public static func splitPartial(_ line: String) -> Partial {
    let scan = scan(line)
    var words = scan.tokens.map(\.text)
    if scan.endsInWord, let last = words.popLast() { return Partial(words: words, current: last) }
    return Partial(words: words, current: "")
  }

  /// Whether `line` ends in an unescaped backslash, asking for the next line to be joined.
  public static func continues(_ line: Substring) -> Bool {
    var count = 0
    for character in line.reversed() {
      guard character == "\\" else { break }
      count += 1
    }
    return count % 2 == 1
  }

  private struct Scan {
    var tokens: [Token] = []
    var openQuote: (character: Character, column: Int)?
    var endsInWord = false
  }

  private static func scan(_ line: String) -> Scan {
    var result = Scan()
    var word = ""
    var inWord = false
    var bare = true
    var start = 0
    var quote: Character?
    var quoteColumn = 0
    var escaped = false
    var column = 0
    for character in line {
      column += 1
      if escaped {
        bare = false
        // Inside double quotes only `\"` and `\\` are escapes, as in a POSIX shell.
        if quote == "\"" && character != "\"" && character != "\\" { word.append("\\") }
        word.append(character)
        escaped = false
        continue
      }
      if let open = quote {
        bare = false
        if character == open {
          quote = nil
        } else if open == "\"" && character == "\\" {
          escaped = true
        } else {
          word.append(character)
        }
        continue
      }
      switch character {
      case " ", "\t", "\r", "\n":
        if inWord {
          result.tokens.append(Token(word, column: start, isBare: bare))
          word = ""
          inWord = false
          bare = true
        }
      case "#" where !inWord:
        result.endsInWord = false
        return result
      case "'", "\"":
        if !inWord { start = column }
        inWord = true
        bare = false
        quote = character
        quoteColumn = column
      case "\\":
        if !inWord { start = column }
        inWord = true
        escaped = true
      default:
        if !inWord { start = column }
        inWord = true
        word.append(character)
      }
    }
    if inWord { result.tokens.append(Token(word, column: start, isBare: bare)) }
    result.endsInWord = inWord
    if let quote { result.openQuote = (quote, quoteColumn) }
    return result
  }
}
