/// One part of a workbook read as a stream of elements, with namespace prefixes dropped:
/// Office, LibreOffice and the spreadsheet libraries write the same element names under
/// different prefixes.
///
/// The scanner is svcreg's own, for the XML workbooks are written in (UTF-8, no document type,
/// the five predefined entities and character references, comments, processing instructions
/// and CDATA sections): Foundation's parser on Linux crashed on hostile parts (an element name
/// that is not UTF-8, a processing instruction without data) and accepted a part cut short.
/// Anything that is not well-formed is an error with its line and column. O(size).
struct XMLEvents {
  /// An element's attributes by local name, in document order: a few per element, so a list
  /// searched in order beats hashing.
  struct Attributes {
    fileprivate var pairs: [(name: String, value: String)] = []

    /// The value of the attribute whose local name is `name`, if the element has one.
    subscript(name: String) -> String? {
      pairs.first { $0.name == name }?.value
    }
  }

  /// What the reader is told as it goes.
  enum Event {
    /// An element opens, with its local name and its attributes by local name.
    case start(String, Attributes)
    /// Text inside the element that is open.
    case text(String)
    /// An element closes.
    case end(String)
  }

  /// The part's path in the workbook, for messages.
  var part: String
  /// The part's bytes.
  var bytes: [UInt8]
  /// Names already read, by their bytes packed into a number (names of up to 7 bytes, which
  /// are nearly all of a sheet's), with their local parts: a sheet repeats a handful of names
  /// millions of times.
  private var names: [UInt64: (name: String, local: String)] = [:]

  /// A reader of `bytes`, the part at `part`.
  init(part: String, bytes: [UInt8]) {
    self.part = part
    self.bytes = bytes
  }

  /// Calls `handle` for every event in document order; fails with the place of the first
  /// error, on text that is not UTF-8, and on a document type declaration, which no workbook
  /// part has and which could expand entities without bound.
  func read(_ handle: (Event) throws(TableReadError) -> Void) throws(TableReadError) {
    var scanner = self
    try scanner.scan(handle)
  }

  private mutating func scan(_ handle: (Event) throws(TableReadError) -> Void)
    throws(TableReadError)
  {
    if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
      throw failure(at: bad, "it is not UTF-8 text")
    }
    var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var open: [String] = []
    var sawRoot = false
    var text: [UInt8] = []
    func flushText() throws(TableReadError) {
      guard !text.isEmpty else { return }
      if open.isEmpty {
        guard text.allSatisfy(Self.isSpace) else {
          throw failure(at: position, "it has text outside its root element")
        }
      } else {
        try handle(.text(String(decoding: text, as: UTF8.self)))
      }
      text.removeAll(keepingCapacity: true)
    }
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "&") {
        position = try reference(at: position, into: &text)
        continue
      }
      guard byte == UInt8(ascii: "<") else {
        guard Self.isAllowed(UInt32(byte)) else {
          throw failure(at: position, "it holds a control character XML does not allow")
        }
        text.append(byte)
        position += 1
        continue
      }
      let next = position + 1 < bytes.count ? bytes[position + 1] : 0
      if next == UInt8(ascii: "!"), starts("<!--", at: position) {
        position = try skip(past: "-->", from: position + 4, what: "a comment")
      } else if next == UInt8(ascii: "!"), starts("<![CDATA[", at: position) {
        let end = try find("]]>", from: position + 9, what: "a CDATA section")
        guard !open.isEmpty else { throw failure(at: position, "CDATA outside the root element") }
        text.append(contentsOf: bytes[(position + 9)..<end])
        position = end + 3
      } else if next == UInt8(ascii: "!") {
        throw failure(at: position, "it declares a document type, which workbooks never do")
      } else if next == UInt8(ascii: "?") {
        position = try skip(past: "?>", from: position + 2, what: "a processing instruction")
      } else if next == UInt8(ascii: "/") {
        try flushText()
        let (name, local, end) = try self.name(from: position + 2)
        var after = skipSpace(from: end)
        guard after < bytes.count, bytes[after] == UInt8(ascii: ">") else {
          throw failure(at: after, "a closing tag is not closed with '>'")
        }
        after += 1
        guard let expected = open.popLast(), expected == name else {
          throw failure(at: position, "a closing tag </\(name)> does not match the tag it closes")
        }
        try handle(.end(local))
        position = after
      } else {
        try flushText()
        guard !(sawRoot && open.isEmpty) else {
          throw failure(at: position, "it has a second root element")
        }
        let (name, local, attributes, selfClosing, end) = try startTag(from: position + 1)
        sawRoot = true
        try handle(.start(local, attributes))
        if selfClosing {
          try handle(.end(local))
        } else {
          open.append(name)
        }
        position = end
      }
    }
    try flushText()
    if let unclosed = open.last {
      throw failure(at: bytes.count, "it ends before <\(unclosed)> closes")
    }
    guard sawRoot else { throw failure(at: bytes.count, "it has no elements") }
  }

  /// The local part of a prefixed name: `x:row` → `row`.
  static func localName(_ name: String) -> String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  // MARK: - Pieces

  /// Whether XML 1.0 allows the character: no control characters but tab, line feed and
  /// carriage return.
  private static func isAllowed(_ value: UInt32) -> Bool {
    value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<")
  }

  private func starts(_ marker: StaticString, at position: Int) -> Bool {
    let count = marker.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    return marker.withUTF8Buffer { buffer in
      bytes[position..<(position + count)].elementsEqual(buffer)
    }
  }

  private func find(_ marker: StaticString, from start: Int, what: String)
    throws(TableReadError) -> Int
  {
    var position = start
    while position < bytes.count {
      if starts(marker, at: position) { return position }
      position += 1
    }
    throw failure(at: start, "\(what) never ends")
  }

  private func skip(past marker: StaticString, from start: Int, what: String)
    throws(TableReadError) -> Int
  {
    try find(marker, from: start, what: what) + marker.utf8CodeUnitCount
  }

  private func skipSpace(from start: Int) -> Int {
    var position = start
    while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    return position
  }

  /// The name at `start`, its local part, and the position after it.
  private mutating func name(from start: Int) throws(TableReadError) -> (String, String, Int) {
    var end = start
    var key: UInt64 = 0
    while end < bytes.count, !Self.endsName(bytes[end]) {
      if end - start < 7 { key = key << 8 | UInt64(bytes[end]) }
      end += 1
    }
    guard end > start else { throw failure(at: start, "a tag has no name") }
    let length = end - start
    if length <= 7 {
      key |= UInt64(length) << 56
      if let known = names[key] { return (known.name, known.local, end) }
    }
    let name = String(decoding: bytes[start..<end], as: UTF8.self)
    let local = Self.localName(name)
    if length <= 7 { names[key] = (name, local) }
    return (name, local, end)
  }

  /// A start tag after its `<`: its name, attributes (by local name, values decoded), whether
  /// it closes itself, and the position after its `>`.
  private mutating func startTag(from start: Int) throws(TableReadError)
    -> (String, String, Attributes, Bool, Int)
  {
    let (name, local, afterName) = try self.name(from: start)
    var attributes = Attributes()
    var seen: [String] = []
    var position = afterName
    while true {
      let spaced = skipSpace(from: position)
      guard spaced < bytes.count else { throw failure(at: start, "a tag <\(name)> never ends") }
      switch bytes[spaced] {
      case UInt8(ascii: ">"):
        return (name, local, attributes, false, spaced + 1)
      case UInt8(ascii: "/"):
        guard spaced + 1 < bytes.count, bytes[spaced + 1] == UInt8(ascii: ">") else {
          throw failure(at: spaced, "a tag is not closed with '>'")
        }
        return (name, local, attributes, true, spaced + 2)
      default:
        guard spaced > position else {
          throw failure(at: spaced, "attributes of <\(name)> are not separated by spaces")
        }
        let (key, localKey, afterKey) = try self.name(from: spaced)
        var equals = skipSpace(from: afterKey)
        guard equals < bytes.count, bytes[equals] == UInt8(ascii: "=") else {
          throw failure(at: equals, "an attribute has no value")
        }
        equals = skipSpace(from: equals + 1)
        guard equals < bytes.count,
          bytes[equals] == UInt8(ascii: "\"") || bytes[equals] == UInt8(ascii: "'")
        else {
          throw failure(at: equals, "an attribute's value is not quoted")
        }
        let quote = bytes[equals]
        var value: [UInt8] = []
        var cursor = equals + 1
        while true {
          guard cursor < bytes.count else {
            throw failure(at: equals, "an attribute's value never ends")
          }
          let byte = bytes[cursor]
          if byte == quote { break }
          if byte == UInt8(ascii: "<") { throw failure(at: cursor, "a '<' inside a value") }
          guard Self.isAllowed(UInt32(byte)) else {
            throw failure(at: cursor, "it holds a control character XML does not allow")
          }
          if byte == UInt8(ascii: "&") {
            cursor = try reference(at: cursor, into: &value)
          } else {
            value.append(byte)
            cursor += 1
          }
        }
        guard !seen.contains(key) else {
          throw failure(at: spaced, "an attribute is given twice")
        }
        seen.append(key)
        attributes.pairs.append((localKey, String(decoding: value, as: UTF8.self)))
        position = cursor + 1
      }
    }
  }

  /// Decodes the entity or character reference at `position` into `output`; returns the
  /// position after its `;`.
  private func reference(at position: Int, into output: inout [UInt8]) throws(TableReadError)
    -> Int
  {
    var end = position + 1
    while end < bytes.count, end - position <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
      throw failure(at: position, "an '&' that starts no entity")
    }
    let body = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
    let scalar: Unicode.Scalar?
    switch body {
    case "lt": scalar = "<"
    case "gt": scalar = ">"
    case "amp": scalar = "&"
    case "quot": scalar = "\""
    case "apos": scalar = "'"
    default:
      guard body.hasPrefix("#") else {
        throw failure(at: position, "it names an entity '&\(body);' it never declares")
      }
      let hex = body.hasPrefix("#x") || body.hasPrefix("#X")
      let digits = body.dropFirst(hex ? 2 : 1)
      let valid =
        !digits.isEmpty && digits.allSatisfy { hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }
      scalar = valid ? UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init) : nil
    }
    guard let scalar, Self.isAllowed(scalar.value) else {
      throw failure(at: position, "a character reference '&\(body);' names no allowed character")
    }
    output.append(contentsOf: Array(String(scalar).utf8))
    return end + 1
  }

  /// An error at byte `offset`, located by line and column.
  private func failure(at offset: Int, _ reason: String) -> TableReadError {
    let end = min(offset, bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    return TableReadError(
      line: 0,
      message: "the workbook's part \(part) is not well-formed XML at line \(line), column "
        + "\(end - lineStart + 1): \(reason); the file is damaged")
  }
}
