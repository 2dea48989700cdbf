/// A cursor over the UTF-8 bytes of one version or range, shared by both parsers.
///
/// It reads the text in place: strings are built only for identifiers and error messages.
struct ByteScanner {
  /// The whole input, so that error offsets are relative to what the caller passed.
  let bytes: UnsafeBufferPointer<UInt8>

  /// The offset of the next unread byte.
  var position = 0

  /// The offset just past the last byte to read; trimming moves it back.
  var end: Int

  /// Makes a scanner positioned at the first byte of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    end = bytes.count
  }

  /// Whether every byte up to ``end`` has been read.
  var isAtEnd: Bool {
    position >= end
  }

  /// The next unread byte, or nil at ``end``.
  var current: UInt8? {
    position < end ? bytes[position] : nil
  }

  /// The byte `distance` bytes after the next unread one, or nil past ``end``.
  func peek(_ distance: Int) -> UInt8? {
    position + distance < end ? bytes[position + distance] : nil
  }

  /// Moves past `count` bytes.
  mutating func advance(_ count: Int = 1) {
    position += count
  }

  /// Moves past the next byte if it is `byte`, reporting whether it did.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard position < end, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  /// The bytes in `range` decoded as a string.
  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// Describes the character at `offset` for an error message, such as `'x'` or `a tab`.
  func describeCharacter(at offset: Int) -> String {
    guard offset < end else { return "the end" }
    switch bytes[offset] {
    case ASCII.space: return "a space"
    case ASCII.tab: return "a tab"
    case ASCII.lineFeed, ASCII.carriageReturn: return "a line break"
    default: break
    }
    if whitespaceWidth(at: offset) > 0 { return "a whitespace character" }
    let lead = bytes[offset]
    let width = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    return "'\(text(offset..<min(offset + width, bytes.count)))'"
  }

  /// The run of identifier bytes starting at `offset`, for quoting in messages.
  func identifierRun(at offset: Int) -> String {
    var stop = offset
    while stop < end, ASCII.isIdentifier(bytes[stop]) { stop += 1 }
    return text(offset..<stop)
  }
}
