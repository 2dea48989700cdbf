/// The one rule for names that become file or folder names: lowercase `[a-z0-9][a-z0-9._-]*`,
/// at most 64 characters, never `.` or `..`.
enum Identifier {
  /// The longest identifier allowed, in characters.
  static let maximumLength = 64

  /// Why `text` is not a valid identifier, or `nil` when it is; O(n) in its length.
  static func problem(with text: some StringProtocol) -> String? {
    let bytes = text.utf8
    guard let first = bytes.first else { return "it is empty" }
    if text == "." || text == ".." { return "'.' and '..' are not allowed" }
    if bytes.count > maximumLength {
      return "it has \(text.count) characters; at most \(maximumLength) are allowed"
    }
    guard isLowerAlnum(first) else {
      return "it must start with a lowercase letter a-z or a digit 0-9"
        + describe(first: text.first!)
    }
    var column = 0
    for (offset, byte) in bytes.enumerated() {
      column = offset + 1
      if isLowerAlnum(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "-")
      {
        continue
      }
      let character = String(decoding: bytes.dropFirst(offset).prefix(4), as: UTF8.self).first
      return "character \(column) \(quoted(character)) is not allowed; use only lowercase a-z, "
        + "digits 0-9, '.', '_' and '-'"
    }
    return nil
  }

  private static func isLowerAlnum(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private static func describe(first: Character) -> String {
    if first.isUppercase { return " (it starts with uppercase '\(first)')" }
    return " (it starts with \(quoted(first)))"
  }

  private static func quoted(_ character: Character?) -> String {
    guard let character else { return "(a non-ASCII character)" }
    if character == "/" { return "'/' (a path separator)" }
    if character.isWhitespace { return "(a space)" }
    if character.isUppercase { return "'\(character)' (uppercase)" }
    return "'\(character)'"
  }
}
