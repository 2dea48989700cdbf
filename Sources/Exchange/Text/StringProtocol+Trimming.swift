extension StringProtocol where UTF8View: BidirectionalCollection {
  /// The text without spaces, tabs and line breaks at either end; O(length), and O(1) in the
  /// common case of text that starts and ends with a visible ASCII character.
  func trimmingWhitespace() -> String {
    let utf8 = self.utf8
    if let first = utf8.first, let last = utf8.last, Self.isPlainEnd(first),
      Self.isPlainEnd(last)
    {
      return String(self)
    }
    guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = lastIndex { !$0.isWhitespace }!
    return String(self[start...end])
  }

  /// Whether `byte` is a visible ASCII character, which no trimming removes.
  private static func isPlainEnd(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F
  }
}
