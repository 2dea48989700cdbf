/// The one rule for names that become file or folder names: lowercase `[a-z0-9][a-z0-9._-]*`,
/// at most 64 characters, never `.` or `..`.
enum Identifier {
  /// The longest identifier allowed, in characters.
  static let maximumLength = 64

  /// Why `text` is not a valid identifier, or `nil` when it is; O(n) in its length.
  static func problem(with text: some StringProtocol) -> String? {
    // The common case, a valid id, is checked on bytes alone; messages are built only on failure.
    let valid = text.utf8.withContiguousStorageIfAvailable(isValid) ?? isValid(Array(text.utf8))
    return valid ? nil : explain(text)
  }

  private static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
    guard let first = bytes.first, bytes.count <= maximumLength, isLowerAlnum(first) else {
      return false
    }
    for byte in bytes
    where
      !(isLowerAlnum(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-"))
    {
      return false
    }
    return bytes.count > 2 || !bytes.allSatisfy { $0 == UInt8(ascii: ".") }
  }

  private static func explain(_ text: some StringProtocol) -> String {
    let bytes = text.utf8
    guard let first = bytes.first else { return "it is empty" }
    if text == "." || text == ".." { return "'.' and '..' are not allowed" }
    if text.count > maximumLength {
      return "it has \(text.count) characters; at most \(maximumLength) are allowed"
    }
    guard isLowerAlnum(first) else {
      return "it must start with a lowercase letter a-z or a digit 0-9"
        + describe(first: text.first!)
    }
    for (offset, character) in text.enumerated()
    where
      !(character.isASCII
      && (isLowerAlnum(character.asciiValue!) || ".-_".contains(character)))
    {
      return "character \(offset + 1) \(quoted(character)) is not allowed; use only lowercase "
        + "a-z, digits 0-9, '.', '_' and '-'"
    }
    return "it is not a valid identifier"
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
