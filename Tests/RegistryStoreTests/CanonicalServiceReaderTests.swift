import Foundation
import RegistryModel
import SemVer
import TestSupport
import Testing

@testable import RegistryStore

/// The fast reader of canonical service files must read exactly what TOMLKit reads and reject
/// everything TOMLKit rejects; these tests compare the two on random services, on the bundled
/// registry and on thousands of damaged files.
@Suite struct CanonicalServiceReaderTests {
  static let id = ServiceID("siakad-uin-jakarta")!
  static let unit = UnitPath("ptkn/uin-jakarta")!

  /// What the fast reader makes of `bytes`, which need not be valid UTF-8.
  static func fast(_ bytes: [UInt8]) -> Service? {
    var interner = ValueInterner()
    return bytes.withUnsafeBufferPointer { buffer in
      CanonicalServiceReader.read(buffer, id: id, unit: unit, interner: &interner)
    }
  }

  static func fast(_ text: String) -> Service? { fast(Array(text.utf8)) }

  /// What the TOMLKit path makes of `text`, or the error it reports.
  static func slow(_ text: String) -> Result<Service, StoreError> {
    var interner = ValueInterner()
    do throws(StoreError) {
      return .success(
        try ServiceCodec.decodeWithTOMLKit(
          text, id: id, unit: unit, filePath: "x.toml", interner: &interner))
    } catch {
      return .failure(error)
    }
  }

  /// What `ServiceCodec.decode`, fast path and fallback together, makes of `text`.
  static func decoded(_ text: String) -> Result<Service, StoreError> {
    do throws(StoreError) {
      return .success(try ServiceCodec.decode(text, id: id, unit: unit, filePath: "x.toml"))
    } catch {
      return .failure(error)
    }
  }

  @Test func theFastReaderReadsCanonicalFiles() throws {
    let service = try #require(Self.fast(CanonicalFormTests.canonical))
    #expect(service == (try Self.slow(CanonicalFormTests.canonical).get()))
    #expect(service.versions[1].deprecation?.replacedBy?.description == "siakad-uin-jakarta@^3")
    #expect(service.name == "Sistem Informasi Akademik — UIN \"Syarif\" Hidayatullah")
  }

  @Test func randomServicesReadTheSameByBothPaths() throws {
    var random = SplitMix64(seed: 0x5EED_0001)
    for _ in 0..<1_500 {
      let service = try RandomService.make(using: &random)
      let text = ServiceCodec.encode(service)
      let fast = Self.fast(text)
      #expect(fast == service, "fast reader differs on:\n\(text)")
      #expect(try Self.slow(text).get() == service, "TOMLKit path differs on:\n\(text)")
      if fast != service { return }
    }
  }

  @Test func everyBundledServiceFileReadsTheSameByBothPaths() throws {
    let services = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("registry/services")
    let files = try #require(FileManager.default.enumerator(atPath: services.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".toml") }
    #expect(files.count > 2_000)
    for file in files {
      let text = try String(contentsOf: services.appendingPathComponent(file), encoding: .utf8)
      let fast = Self.fast(text)
      #expect(fast != nil, "\(file) is not read by the fast reader")
      #expect(fast == (try Self.slow(text).get()), "\(file) reads differently")
    }
  }

  @Test func damagedFilesAreRejectedOrReadAsTOMLKitReadsThem() throws {
    var random = SplitMix64(seed: 0x5EED_0002)
    var originals = [CanonicalFormTests.canonical]
    for _ in 0..<40 {
      originals.append(ServiceCodec.encode(try RandomService.make(using: &random)))
    }
    var (readFast, rejectedBySlow) = (0, 0)
    for round in 0..<2_500 {
      var bytes = Array(originals[round % originals.count].utf8)
      // One edit mostly, so that many damaged files are still canonical and get compared.
      for _ in 0..<(random.chance(0.6) ? 1 : 2 + random.below(2)) {
        Mutation.apply(to: &bytes, using: &random)
      }
      if Mutation.trapsTOMLKit(bytes) { continue }
      let fast = Self.fast(bytes)
      if fast != nil { readFast += 1 }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        #expect(fast == nil, "invalid UTF-8 was read: \(bytes)")
        continue
      }
      switch Self.slow(text) {
      case .failure:
        rejectedBySlow += 1
        #expect(fast == nil, "read what TOMLKit rejects:\n\(text)")
        #expect(throws: StoreError.self) { try Self.decoded(text).get() }
      case .success(let service):
        if let fast { #expect(fast == service, "read differently from TOMLKit:\n\(text)") }
        #expect(try Self.decoded(text).get() == service)
      }
    }
    // Both outcomes must be common, or the damage tests nothing.
    #expect(readFast > 150)
    #expect(rejectedBySlow > 500)
  }

  @Test(arguments: [
    // A comment, keys in another order, a literal string and a string for a date.
    """
    # by hand
    kind = "api"
    name = 'SIAKAD'

    [[versions]]
    released = "2023-01-15"
    version = "1.0.0"

    """,
    // A multi-line string, Windows line ends, no final line end.
    "name = \"SIAKAD\"\r\nkind = \"api\"\r\n\r\n[[versions]]\r\nversion = \"1.0.0\"\r\n"
      + "notes = \"\"\"\r\nfirst\r\nrelease\"\"\"",
    // Spaces TOMLWriter does not write, and escapes it does not write.
    "name=\"SIAKAD \\U0001F600\"  \ndescription = \"a\\b\"\ntags = [ \"b\" ,\"a\", ]\n\n[[links]]\nto = \"sso\"\n",
    // A raw tab in a string, a standard table for the deprecation, an empty array.
    "name = \"SI\tAKAD\"\ntags = []\n\n[deprecation]\nreason = \"old\"\nsunset = 2025-06-30\n",
  ])
  func otherValidFilesAreReadThroughTOMLKit(_ text: String) throws {
    #expect(Self.fast(text) == nil, "the fast reader read it, so it does not test the fallback")
    let service = try Self.decoded(text).get()
    #expect(service == (try Self.slow(text).get()))
    #expect(service.name.hasPrefix("SI"))
  }

  @Test func theFallbackReadsAHandWrittenFileAsWritten() throws {
    let service = try Self.decoded(RoundTripTests.handWritten).get()
    #expect(Self.fast(RoundTripTests.handWritten) == nil)
    #expect(service.name == "Sistem Informasi Akademik — UIN Jakarta")
    #expect(service.description == "Grades and \"transcripts\"")
    #expect(service.versions.map(\.version.description) == ["2.0.0-rc.1+build.5", "1.0.0"])
    #expect(service.versions[1].released == (try CalendarDate(validating: "2023-01-15")))
    #expect(service.versions[1].notes == "first\nrelease")
    #expect(service.links.map(\.target.rawValue) == ["feeder", "sso"])
  }

  @Test(arguments: [
    ("name = \"x\"\n", true),
    ("name = \"x\"", false),  // no final line end
    ("name = \"x\" \n", false),  // trailing space
    ("name = \"x\"\n\n", false),  // trailing blank line
    ("name = \"  \"\n", false),  // blank name
    ("name = \"x\\u0000y\"\n", false),  // TOMLKit cuts strings at NUL
    ("name = \"\\uD800\"\n", false),  // a surrogate
    ("name = \"x\"\nkind = \"Api\"\n", false),
    ("name = \"x\"\nlifecycle = \"zombie\"\n", false),
    ("kind = \"api\"\nname = \"x\"\n", false),  // another order
    ("name = \"x\"\nname = \"y\"\n", false),
    ("name = \"x\"\nmaintainer = \"y\"\n", false),  // an unknown key
    ("name = \"x\"\nowner = \"Tim SIMPEG\"\n", true),
    ("name = \"x\"\nowner = \" \"\n", false),  // blank owner
    (
      "name = \"x\"\n\n[[contacts]]\nname = \"Budi\"\nemail = \"b@x.id\"\nphone = \"021 381\"\n",
      true
    ),
    ("name = \"x\"\n\n[[contacts]]\nemail = \"b@x.id\"\n\n[[contacts]]\nname = \"Ani\"\n", true),
    ("name = \"x\"\n\n[[contacts]]\nname = \" Budi\"\n", false),  // not trimmed
    ("name = \"x\"\n\n[[contacts]]\nemail = \"budi\"\n", false),  // not an address
    ("name = \"x\"\n\n[[contacts]]\nphone = \"call me\"\n", false),
    ("name = \"x\"\n\n[[contacts]]\n", false),  // an empty contact
    (
      "name = \"x\"\n\n[[contacts]]\nemail = \"b@x.id\"\n\n[[contacts]]\nemail = \"B@x.id\"\n",
      false
    ),
    (
      "name = \"x\"\n\n[[versions]]\nversion = \"1.0.0\"\n"
        + "\n[[versions]]\nversion = \"1.0.0\"\n", false
    ),
    (
      "name = \"x\"\n\n[[versions]]\nversion = \"1.0.0\"\n"
        + "\n[[versions]]\nversion = \"2.0.0\"\n", false
    ),
    (
      "name = \"x\"\n\n[[versions]]\nversion = \"2.0.0\"\n"
        + "\n[[versions]]\nversion = \"1.0.0\"\n", true
    ),
    ("name = \"x\"\n\n[[versions]]\nversion = \"1.0\"\n", false),
    ("name = \"x\"\n\n[[versions]]\nversion = \"1.0.0\"\nreleased = 2025-02-29\n", false),
    ("name = \"x\"\n\n[[versions]]\nversion = \"1.0.0\"\nreleased = 2024-02-29\n", true),
    ("name = \"x\"\n\n[[links]]\nto = \"a\"\n\n[[links]]\nto = \"a\"\n", false),
    ("name = \"x\"\n\n[[links]]\nto = \"a\"\nrange = \"^^1\"\n", false),
    ("name = \"x\"\n\n[[links]]\nto = \"A\"\n", false),
    ("name = \"x\"\ndeprecation = { reason = \"r\", replaced-by = \"a@^2\" }\n", true),
    ("name = \"x\"\ndeprecation = { reason = \"r\", replaced-by = \"a@\" }\n", false),
    ("name = \"x\"\ndeprecation = { reason = \"r\", replaced-by = \"a@^!\" }\n", false),
    ("name = \"x\"\ndeprecation = { replaced-by = \"a\" }\n", false),
  ])
  func smallFilesAreReadOnlyWhenValidAndCanonical(_ text: String, _ canonical: Bool) throws {
    let fast = Self.fast(text)
    #expect((fast != nil) == canonical)
    if let fast { #expect(fast == (try Self.slow(text).get())) }
  }
}

/// Random services whose texts hold everything that needs care in a TOML string.
private enum RandomService {
  static func make(using random: inout SplitMix64) throws -> Service {
    var versions: [ServiceVersion] = []
    var precedences = Set<String>()
    for _ in 0..<random.below(5) {
      let core = "\(random.below(3)).\(random.below(3)).\(random.below(12))"
      let prerelease = ["", "-alpha.1", "-rc.2", "-0", "-beta"][random.below(5)]
      guard precedences.insert(core + prerelease).inserted else { continue }
      let build = random.chance(0.2) ? "+build.\(random.below(100))" : ""
      versions.append(
        ServiceVersion(
          try Version(parsing: core + prerelease + build),
          lifecycle: Lifecycle.allCases[random.below(4)],
          released: random.chance(0.6) ? date(using: &random) : nil,
          notes: random.chance(0.3) ? random.awkwardText(maximumLength: 12) : nil,
          deprecation: random.chance(0.2) ? try deprecation(using: &random) : nil))
    }
    var links: [Link] = []
    var targets = Set<String>()
    for _ in 0..<random.below(6) {
      let target = identifier(using: &random)
      guard targets.insert(target).inserted else { continue }
      links.append(
        Link(
          to: try ServiceID(validating: target),
          range: random.chance(0.7) ? try VersionRange(parsing: range(using: &random)) : .any,
          kind: random.chance(0.6) ? try Kind(validating: identifier(using: &random)) : nil,
          note: random.chance(0.2) ? random.awkwardText(maximumLength: 12) : nil))
    }
    var name = random.awkwardLine(maximumLength: 12)
    if name.allSatisfy(\.isWhitespace) { name = "N" + name }
    return Service(
      id: CanonicalServiceReaderTests.id,
      unit: CanonicalServiceReaderTests.unit, name: name,
      kind: try Kind(validating: Kind.commonServiceKinds[random.below(9)]),
      lifecycle: Lifecycle.allCases[random.below(4)],
      owner: random.chance(0.5) ? "N" + random.awkwardLine(maximumLength: 12) : nil,
      contacts: try (0..<random.below(3)).map { index in
        try Contact(
          name: random.chance(0.7)
            ? "P\(index)"
              + String(
                String.UnicodeScalarView(
                  random.awkwardLine(maximumLength: 8).unicodeScalars.filter {
                    $0 != "<" && $0 != ">"
                  }))
            : nil,
          email: random.chance(0.6) ? "p\(index)@\(identifier(using: &random)).go.id" : nil,
          phone: random.chance(0.5) ? "+62 21 \(random.below(1_000_000) + 1_000)" : "\(index)00")
      },
      tags: (0..<random.below(4)).map { _ in random.awkwardLine(maximumLength: 12) },
      url: random.chance(0.5) ? "https://\(identifier(using: &random)).go.id/?a=1&b=\"2\"" : nil,
      description: random.chance(0.5) ? random.awkwardText(maximumLength: 12) : nil,
      versions: versions,
      links: links, deprecation: random.chance(0.2) ? try deprecation(using: &random) : nil)
  }

  static func identifier(using random: inout SplitMix64) -> String {
    let words = ["sso", "siakad", "simpeg", "kemenag-cloud", "akun", "e-kinerja", "pddikti.v2"]
    return words[random.below(words.count)] + (random.chance(0.5) ? "-\(random.below(50))" : "")
  }

  static func range(using random: inout SplitMix64) -> String {
    let ranges = [
      "^2", "~1.2", ">=1.0.0 <2.0.0", "1.x", "^1.2.3-beta.1", "1.0.0 - 2.0.0", "<3 || >=5", "2",
    ]
    return ranges[random.below(ranges.count)]
  }

  static func date(using random: inout SplitMix64) -> CalendarDate {
    (try? CalendarDate(year: 1 + random.below(9999), month: 1 + random.below(12), day: 29))
      ?? (try! CalendarDate(year: 2000 + random.below(30), month: 2, day: 1 + random.below(28)))
  }

  static func deprecation(using random: inout SplitMix64) throws -> Deprecation {
    let selectors = ["", "@1.2.3", "@^2", "@~1.4", "@>=2.0.0 <3", "@2.0.0-rc.1"]
    return Deprecation(
      reason: random.awkwardText(maximumLength: 12),
      replacedBy: random.chance(0.6)
        ? try Reference(
          validating: identifier(using: &random) + selectors[random.below(selectors.count)])
        : nil,
      sunset: random.chance(0.6) ? date(using: &random) : nil)
  }
}

/// Random damage to a file's bytes: single bytes that mean something to TOML, and whole lines
/// duplicated, dropped or swapped.
private enum Mutation {
  static let interesting: [UInt8] =
    Array("\"\\=[]{},#'. \n\r\t0129azAu-@^~".utf8) + [
      0x00, 0x7F, 0xC3, 0xFF,
    ]

  static func apply(to bytes: inout [UInt8], using random: inout SplitMix64) {
    guard !bytes.isEmpty else { return }
    let at = random.below(bytes.count)
    let byte = interesting[random.below(interesting.count)]
    switch random.below(7) {
    case 0, 1: bytes.insert(byte, at: at)
    case 2: bytes.remove(at: at)
    case 3, 4: bytes[at] = byte
    default: editLines(&bytes, using: &random)
    }
  }

  /// Whether TOMLKit might stop the process on `bytes` (erring on the side of yes): its parser
  /// asserts, in release builds too, that a table header's name starts with a key character,
  /// a quote or `]`, that an array's next value does not start with `}` or a Unicode line
  /// break, and that a date followed by a space and a digit goes on, so that lines such as
  /// `[[[links]]`, `[=]`, a lone `[[`, `tags = [}` or `released = 2024-08-01 5` abort instead
  /// of failing to parse.
  static func trapsTOMLKit(_ bytes: [UInt8]) -> Bool {
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    func isSpace(_ byte: UInt8) -> Bool { isBlank(byte) || byte == 0x0D || byte == 0x0A }
    func isKeyStart(_ byte: UInt8) -> Bool {
      (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        || Array("]\"'-_".utf8).contains(byte)
    }
    func startsNoValue(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "}") || byte >= 0x80 }
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      var rest = line.drop(while: isSpace)
      // After a comment, an array's next value starts a line.
      if let first = rest.first, startsNoValue(first) { return true }
      guard rest.first == UInt8(ascii: "[") else { continue }
      rest = rest.dropFirst().drop(while: isBlank)
      if rest.first == UInt8(ascii: "[") { rest = rest.dropFirst().drop(while: isBlank) }
      guard let first = rest.first, isKeyStart(first) else { return true }
    }
    // A date followed by a space and one digit is scanned on as a date-time past its end.
    func endsValue(_ byte: UInt8) -> Bool { isSpace(byte) || Array("]},#".utf8).contains(byte) }
    for index in bytes.indices.dropFirst().dropLast(2)
    where bytes[index] == 0x20 && !endsValue(bytes[index - 1])
      && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + 1])
      && (endsValue(bytes[index + 2]) || bytes[index + 2] >= 0x80)
    {
      return true
    }
    var previous: UInt8 = 0
    for byte in bytes where !isSpace(byte) {
      if previous == UInt8(ascii: "[") || previous == UInt8(ascii: ","), startsNoValue(byte) {
        return true
      }
      previous = byte
    }
    return false
  }

  private static func editLines(_ bytes: inout [UInt8], using random: inout SplitMix64) {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard lines.count > 2 else { return }
    let at = random.below(lines.count - 1)
    switch random.below(3) {
    case 0: lines.insert(lines[at], at: at)
    case 1: lines.remove(at: at)
    default: lines.swapAt(at, at + 1)
    }
    bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
  }
}
