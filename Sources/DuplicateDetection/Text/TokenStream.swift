/// The words of many texts, one after another in flat arrays (no array per text), with where
/// each text starts; words are ids in a `TokenTable`.
struct TokenStream: Sendable {
  /// The words.
  var ids: [Int32] = []
  /// How each word was written.
  var shapes: [TokenShape] = []
  /// What stood before each word.
  var separators: [Separator] = []
  /// Where text `n` starts in the arrays; text `n` ends where text `n + 1` starts.
  var starts: [Int32] = [0]

  /// How many texts it holds.
  var count: Int { starts.count - 1 }

  /// The positions of text `index`'s words.
  func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

  /// Ends the text being written; the next words belong to a new one.
  mutating func finishText() { starts.append(Int32(ids.count)) }

  /// Appends one word of the text being written.
  mutating func append(_ id: Int32, _ shape: TokenShape, _ separator: Separator) {
    ids.append(id)
    shapes.append(shape)
    separators.append(separator)
  }
}

extension TokenStream {
  /// Empties the stream, keeping its memory for the next texts.
  mutating func reset() {
    ids.removeAll(keepingCapacity: true)
    shapes.removeAll(keepingCapacity: true)
    separators.removeAll(keepingCapacity: true)
    starts.removeAll(keepingCapacity: true)
    starts.append(0)
  }
}

extension TokenStream {
  /// Appends every text of `other`, its word ids read through `mapping`.
  mutating func append(_ other: TokenStream, renumbered mapping: [Int32]) {
    for text in 0..<other.count {
      for position in other.range(text) {
        append(
          mapping[Int(other.ids[position])], other.shapes[position], other.separators[position])
      }
      finishText()
    }
  }
}
