/// What a TAB press does to the line, worked out from the candidates alone.
struct CompletionEdit: Sendable, Equatable {
  /// How many Unicode scalars before the cursor to delete first (libedit counts wide characters).
  var scalarsToDelete = 0

  /// The text to insert at the cursor.
  var insertion = ""

  /// The candidates to show, when the word is ambiguous and nothing could be inserted.
  var candidatesToList: [String] = []

  /// Whether there was nothing at all to complete.
  var isEmpty: Bool { scalarsToDelete == 0 && insertion.isEmpty && candidatesToList.isEmpty }

  /// Plans the edit for `result`, given the text after the cursor (to avoid doubling a space).
  init(_ result: CompletionResult, textAfterCursor: Substring = "") {
    let candidates = result.candidates
    guard !candidates.isEmpty else { return }
    let common = Self.longestCommonPrefix(candidates)
    let word = result.word
    if common.hasPrefix(word) {
      insertion = String(common.dropFirst(word.count))
    } else if common.count >= word.count {
      // The candidates spell the word differently (say, in another case): replace it.
      scalarsToDelete = word.unicodeScalars.count
      insertion = common
    }
    if candidates.count == 1 {
      if !common.hasSuffix("/") && !textAfterCursor.hasPrefix(" ") {
        insertion += " "
      }
    } else if insertion.isEmpty && scalarsToDelete == 0 {
      candidatesToList = candidates
    }
  }

  /// The longest prefix, in whole characters, that all `words` share.
  static func longestCommonPrefix(_ words: [String]) -> String {
    guard let first = words.first else { return "" }
    var prefix = Substring(first)
    for word in words.dropFirst() {
      // Comparing Characters never splits a multi-byte sequence or a grapheme cluster.
      let shared = zip(prefix, word).prefix { $0 == $1 }.count
      prefix = prefix.prefix(shared)
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }
}
