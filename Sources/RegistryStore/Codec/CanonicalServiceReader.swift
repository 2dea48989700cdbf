import RegistryModel
import SemVer

/// Reads a service file written in the canonical form, byte for byte what
/// `ServiceCodec.encode` writes, straight from its UTF-8 bytes and without TOMLKit.
///
/// It is the fast path of `ServiceCodec.decode` and must never disagree with the TOMLKit path
/// behind it. So it accepts only this strict subset of TOML, where `S` is a basic string and
/// `D` a bare local date such as `2025-06-30`:
///
/// ```
/// name = S
/// kind = S                 (each of these lines optional, but in this order)
/// lifecycle = S
/// owner = S
/// tags = [S, S]
/// url = S
/// description = S
/// deprecation = { reason = S, replaced-by = S, sunset = D }
///
/// [[contacts]]             (any number, each after one blank line)
/// name = S                 (each optional, but at least one, in this order)
/// email = S
/// phone = S
///
/// [[versions]]             (any number, after the contacts)
/// version = S
/// lifecycle = S            (optional, in this order)
/// released = D
/// notes = S
/// deprecation = { reason = S, replaced-by = S, sunset = D }
///
/// [[links]]                (any number, after the versions)
/// to = S
/// range = S                (optional, in this order)
/// kind = S
/// note = S
/// ```
///
/// with single spaces exactly as shown, every line ending in `\n`, `replaced-by` and `sunset`
/// optional, no two contacts with one key, versions strictly newest first and links strictly by target (as `Service` orders
/// them), and in strings only the escapes `TOMLWriter.quote` writes (`\"`, `\\`, `\n`, `\t`,
/// `\r`, `\uXXXX` but not `\u0000`). It applies every check the TOMLKit path applies, through
/// the same initialisers, so what it returns is `==` to what that path returns.
///
/// Anything else (a comment, another key order, CRLF, a literal or multi-line string, an
/// unknown key, a value that does not validate) gives `nil`, and the caller reads the file with
/// TOMLKit, which either reads it or reports the problem at its line and column. This reader
/// reports no errors of its own.
struct CanonicalServiceReader {
  /// Thrown inside the reader for anything outside the canonical form; `read` turns it into
  /// `nil`. Typed and empty, so rejecting costs no allocation.
  private struct NotCanonical: Error {}

  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The service in `bytes` (a whole file), or `nil` when the file is not in the canonical form
  /// or is invalid in any way; O(size of the file).
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, id: ServiceID, unit: UnitPath,
    interner: inout ValueInterner
  ) -> Service? {
    var reader = CanonicalServiceReader(bytes)
    do {
      let service = try reader.service(id: id, unit: unit, interner: &interner)
      // Text that breaks the text rules is refused by the path that can say where it is.
      return service.textProblem == nil ? service : nil
    } catch {
      return nil
    }
  }

  /// The whole file: the top-level lines, then the versions, then the links, then the end.
  private mutating func service(
    id: ServiceID, unit: UnitPath, interner: inout ValueInterner
  ) throws(NotCanonical) -> Service {
    guard let name = try field("name", { $0 }), !name.allSatisfy(\.isWhitespace) else {
      throw NotCanonical()
    }
    let kind = try field("kind") { try? Kind(validating: $0) }
    let lifecycle = try field("lifecycle", Lifecycle.init(rawValue:))
    let owner = try field("owner") { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    var tags: [String] = []
    if take(key: "tags") {
      tags = try stringArray()
      try require("\n")
    }
    let url = try field("url", { $0 })
    let description = try field("description", { $0 })
    let deprecation = try deprecationField(interner: &interner)

    var contacts: [Contact] = []
    while take("\n[[contacts]]\n") {
      let contact = try contactEntry()
      if contacts.contains(where: { $0.key == contact.key }) { throw NotCanonical() }
      contacts.append(contact)
    }
    // TOMLWriter writes versions newest first and links by target, as `Service` keeps them, so
    // demanding that order strictly also rules out duplicates without a set of those seen.
    // Versions that differ only in build metadata have no strict order and go to TOMLKit.
    var versions: [ServiceVersion] = []
    while take("\n[[versions]]\n") {
      let record = try versionEntry(interner: &interner)
      if let newer = versions.last, newer.version.compareByPrecedence(record.version) <= 0 {
        throw NotCanonical()
      }
      versions.append(record)
    }
    var links: [Link] = []
    while take("\n[[links]]\n") {
      let link = try linkEntry(interner: &interner)
      if let previous = links.last, !(previous.target < link.target) { throw NotCanonical() }
      links.append(link)
    }
    guard position == bytes.count else { throw NotCanonical() }
    return Service(
      id: id, unit: unit, name: name, kind: kind ?? .application,
      lifecycle: lifecycle ?? .active, owner: owner, contacts: contacts, tags: tags, url: url,
      description: description, versions: versions, links: links, deprecation: deprecation)
  }

  /// The lines of one `[[contacts]]` entry, its header already read.
  private mutating func contactEntry() throws(NotCanonical) -> Contact {
    let name = try field("name", { $0 })
    let email = try field("email", { $0 })
    let phone = try field("phone", { $0 })
    // The parts must come back as written: trimmed, valid, and not all missing.
    guard let contact = try? Contact(name: name, email: email, phone: phone),
      contact.name == name, contact.email == email, contact.phone == phone
    else { throw NotCanonical() }
    return contact
  }

  /// The lines of one `[[versions]]` entry, its header already read.
  private mutating func versionEntry(
    interner: inout ValueInterner
  ) throws(NotCanonical) -> ServiceVersion {
    guard let version = try field("version", { try? Version(parsing: $0) }) else {
      throw NotCanonical()
    }
    let lifecycle = try field("lifecycle", Lifecycle.init(rawValue:))
    var released: CalendarDate?
    if take(key: "released") {
      released = try date()
      try require("\n")
    }
    let notes = try field("notes", { $0 })
    return ServiceVersion(
      version, lifecycle: lifecycle ?? .active, released: released, notes: notes,
      deprecation: try deprecationField(interner: &interner))
  }

  /// The lines of one `[[links]]` entry, its header already read.
  private mutating func linkEntry(interner: inout ValueInterner) throws(NotCanonical) -> Link {
    guard let target = try field("to", { ServiceID($0) }) else { throw NotCanonical() }
    // A blank range is refused by the path that can say where it is.
    let range = try field("range") { text in
      (try? interner.range(text)).flatMap { $0.source.isEmpty ? nil : $0 }
    }
    let kind = try field("kind") { try? Kind(validating: $0, field: "link kind") }
    let note = try field("note", { $0 })
    return interner.link(to: target, range: range ?? .any, kind: kind, note: note)
  }

  /// `deprecation = { … }` if that line comes next.
  private mutating func deprecationField(
    interner: inout ValueInterner
  ) throws(NotCanonical) -> Deprecation? {
    guard take(key: "deprecation") else { return nil }
    guard take("{ reason = ") else { throw NotCanonical() }
    let reason = try string()
    var replacedBy: Reference?
    if take(", replaced-by = ") {
      guard let reference = Self.reference(try string(), interner: &interner) else {
        throw NotCanonical()
      }
      replacedBy = reference
    }
    var sunset: CalendarDate?
    if take(", sunset = ") { sunset = try date() }
    try require(" }\n")
    return Deprecation(reason: reason, replacedBy: replacedBy, sunset: sunset)
  }

  /// `Reference(validating: text)`, or `nil` where it throws, reading the usual `id@^2` and
  /// `id@~2.1` without its detour: it tries the text after `@` as a version first, and building
  /// the message of that failed parse made it cost about 2 µs, a third of a whole file.
  private static func reference(_ text: String, interner: inout ValueInterner) -> Reference? {
    let utf8 = text.utf8
    // A text that starts with `^` or `~` is never a version, and a valid id before the first `@`
    // is ASCII, so this `@` is also the first one `Reference` finds among the characters.
    if let at = utf8.firstIndex(of: UInt8(ascii: "@")),
      case let next = utf8.index(after: at), next < utf8.endIndex,
      utf8[next] == UInt8(ascii: "^") || utf8[next] == UInt8(ascii: "~"),
      let service = ServiceID(text[..<at])
    {
      guard let range = try? interner.range(String(text[next...])) else { return nil }
      return Reference(service, .range(range))
    }
    return try? Reference(validating: text)
  }

  /// `key = "…"` if that line comes next, its string made a value by `parse`, which answers
  /// `nil` for an invalid one; `nil` when the next line is not `key`.
  private mutating func field<Value>(
    _ key: StaticString, _ parse: (String) -> Value?
  ) throws(NotCanonical) -> Value? {
    guard take(key: key) else { return nil }
    guard let value = parse(try string()) else { throw NotCanonical() }
    try require("\n")
    return value
  }

  /// `["a", "b"]`, or `[]`.
  private mutating func stringArray() throws(NotCanonical) -> [String] {
    guard take("[") else { throw NotCanonical() }
    var strings: [String] = []
    if take("]") { return strings }
    repeat {
      strings.append(try string())
    } while take(", ")
    guard take("]") else { throw NotCanonical() }
    return strings
  }

  /// A basic string, `"…"`, decoded as TOML decodes it.
  private mutating func string() throws(NotCanonical) -> String {
    guard take("\"") else { throw NotCanonical() }
    let start = position
    var union: UInt8 = 0
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
        position += 1
        // ASCII is valid UTF-8 as it is, and most values are ASCII: they skip the validating
        // initialiser, which is generic and took a seventh of the reader's time.
        return union < 0x80 ? String(decoding: raw, as: UTF8.self) : try Self.text(raw)
      case UInt8(ascii: "\\"):
        return try escapedString(from: start)
      // TOMLWriter escapes every control character, tab included.
      case 0..<0x20, 0x7F:
        throw NotCanonical()
      default:
        union |= byte
        position += 1
      }
    }
    throw NotCanonical()
  }

  /// The rest of a string that holds an escape: `start` is just after its opening quote and the
  /// reader stands on its first backslash. Only the escapes TOMLWriter writes are accepted.
  private mutating func escapedString(from start: Int) throws(NotCanonical) -> String {
    var decoded = Array(bytes[start..<position])
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        return try decoded.withUnsafeBufferPointer { (buffer) throws(NotCanonical) in
          try Self.text(buffer)
        }
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { throw NotCanonical() }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): decoded.append(escape)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "u"):
          let scalar = try escapedScalar()
          UTF8.encode(scalar) { decoded.append($0) }
        default: throw NotCanonical()
        }
      case 0..<0x20, 0x7F:
        throw NotCanonical()
      default:
        decoded.append(byte)
      }
    }
    throw NotCanonical()
  }

  /// The four hex digits after `\u`, as a scalar.
  private mutating func escapedScalar() throws(NotCanonical) -> Unicode.Scalar {
    guard bytes.count - position >= 4 else { throw NotCanonical() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      default: throw NotCanonical()
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    // TOMLKit hands strings to Swift as C strings, so `\u0000` would cut one short there; and
    // `Unicode.Scalar` refuses surrogates, which TOML refuses too.
    guard value != 0, let scalar = Unicode.Scalar(value) else { throw NotCanonical() }
    return scalar
  }

  /// A bare local date, `YYYY-MM-DD`, that exists in the calendar.
  private mutating func date() throws(NotCanonical) -> CalendarDate {
    guard bytes.count - position >= 10, bytes[position + 4] == UInt8(ascii: "-"),
      bytes[position + 7] == UInt8(ascii: "-"), let year = number(at: position, digits: 4),
      let month = number(at: position + 5, digits: 2),
      let day = number(at: position + 8, digits: 2),
      let date = try? CalendarDate(year: year, month: month, day: day)
    else { throw NotCanonical() }
    position += 10
    return date
  }

  /// The decimal number written with exactly `digits` digits at `offset`, if they are digits.
  private func number(at offset: Int, digits: Int) -> Int? {
    var value = 0
    for index in offset..<offset + digits {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// Reads `key = ` if it comes next; reads nothing otherwise (so `names = ` is not `name`).
  @inline(__always)
  private mutating func take(key: StaticString) -> Bool {
    let start = position
    if take(key) && take(" = ") { return true }
    position = start
    return false
  }

  /// Reads `literal`, which must come next.
  private mutating func require(_ literal: StaticString) throws(NotCanonical) {
    guard take(literal) else { throw NotCanonical() }
  }

  /// Reads `literal` if it comes next; reads nothing otherwise.
  // Inlined so that each literal's bytes and length are constants at the call site.
  @inline(__always)
  private mutating func take(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.count - position >= count else { return false }
    let expected = literal.utf8Start
    for offset in 0..<count where bytes[position + offset] != expected[offset] { return false }
    position += count
    return true
  }

  /// `bytes` as a string, or `nil` (thrown) when they are not valid UTF-8.
  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(NotCanonical) -> String {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw NotCanonical() }
    return text
  }
}
