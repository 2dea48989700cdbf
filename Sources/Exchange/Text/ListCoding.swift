/// Lists inside one CSV cell (tags, aliases, versions and their fields): items separated by
/// `;`, fields by `:`, with `%`, `;`, `,`, `:` and whitespace at either end of an item
/// percent-encoded, so that any text survives and a reader may split on `;` or `,` and trim.
enum ListCoding {
  /// `value` with the separators and its outer whitespace percent-encoded; O(length).
  static func encoded(_ value: String) -> String {
    let bytes = Array(value.utf8)
    let plain = bytes.allSatisfy { !isSeparator($0) }
    // Outer whitespace is what a reader trims: every character `trimmingWhitespace` drops
    // (a vertical tab, a no-break space, U+2028 as well as spaces), in all its bytes.
    let leading = value.prefix { $0.isWhitespace }.utf8.count
    if plain && leading == 0 && !(value.last?.isWhitespace ?? false) { return value }
    let trailing = String(value.reversed().prefix { $0.isWhitespace }).utf8.count
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    let trailingStart = max(leading, bytes.count - trailing)
    for (index, byte) in bytes.enumerated() {
      if isSeparator(byte) || index < leading || index >= trailingStart {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigit(byte >> 4))
        out.append(hexDigit(byte & 0xF))
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `text` with every `%XX` decoded; a `%` not followed by two hex digits stays as it is, so
  /// text typed by a person (`50% selesai`) reads back unchanged. O(length).
  static func decoded(_ text: some StringProtocol) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
        let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
      {
        out.append(high << 4 | low)
        index += 3
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Joins items with `;`, each encoded.
  static func joined(_ items: [String]) -> String {
    items.map(encoded).joined(separator: ";")
  }

  /// The items of a cell split on `;` or `,`, trimmed, decoded, empty ones left out.
  static func items(of cell: String) -> [String] {
    split(cell, on: [UInt8(ascii: ";"), UInt8(ascii: ",")]).compactMap { part in
      let trimmed = part.trimmingWhitespace()
      return trimmed.isEmpty ? nil : decoded(trimmed)
    }
  }

  /// `text` split at each of the (one or two) ASCII `separators`, keeping empty parts;
  /// splitting bytes rather than characters is several times faster and safe, since ASCII
  /// bytes never occur inside a multi-byte character. O(length).
  static func split(_ text: String, on separators: [UInt8]) -> [String] {
    let first = separators[0]
    let second = separators.count > 1 ? separators[1] : first
    let isSeparator = { (byte: UInt8) in byte == first || byte == second }
    guard text.utf8.contains(where: isSeparator) else { return [text] }
    return text.utf8.split(omittingEmptySubsequences: false, whereSeparator: isSeparator)
      .map { String(decoding: $0, as: UTF8.self) }
  }

  private static func isSeparator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "%") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",")
      || byte == UInt8(ascii: ":")
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}
