/// What a completion source offers for the word under the cursor.
public struct CompletionResult: Sendable, Equatable {
  /// The partial word being completed: the text just before the cursor that candidates replace.
  public var word: String

  /// The full replacement words, sorted.
  public var candidates: [String]

  /// Creates a result offering `candidates` in place of `word`.
  public init(word: String, candidates: [String]) {
    self.word = word
    self.candidates = candidates
  }

  /// A result that offers nothing.
  public static let none = CompletionResult(word: "", candidates: [])
}
