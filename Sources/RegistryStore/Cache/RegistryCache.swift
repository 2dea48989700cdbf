import RegistryModel
import SemVer

/// A binary snapshot of the parsed service files with each file's fingerprint, so that opening
/// a large registry whose files have not changed skips parsing them.
///
/// A file is taken from the cache only when its device, inode, size, modification time and
/// status-change time all match what they were when it was parsed; the status-change time
/// moves on every write and cannot be set back by tools, so a changed file is never missed.
/// Every text is stored once in a string table and every distinct link terms once, so the
/// cache is small and reading it back shares strings the way the registry does. A checksum
/// covers the whole body: a damaged, truncated or foreign cache is ignored, never believed.
struct RegistryCache {
  /// Bumped whenever the encoding changes.
  static let format = "svcreg-cache 2\n"

  /// The cached services, each parsed from the file at its unit and id.
  var services: [Service] = []
  /// What each service's file looked like when it was parsed, by position in `services`.
  var fingerprints: [FileFingerprint] = []

  static func path(in root: String) -> String {
    "\(root)/\(RegistryLayout.stateFolder)/cache.bin"
  }

  /// The cache of the registry at `root`, or an empty one when there is none or it is unusable.
  /// O(size of the cache).
  static func load(from root: String) -> RegistryCache {
    guard let bytes = try? FileSystem.read(path(in: root)) else { return RegistryCache() }
    return bytes.withUnsafeBytes { raw in
      let header = format.utf8.count
      guard raw.count >= header + 8, raw.prefix(header).elementsEqual(format.utf8) else {
        return RegistryCache()
      }
      var reader = BinaryReader(raw, from: header)
      let body = UnsafeRawBufferPointer(rebasing: raw[(header + 8)...])
      guard reader.fixed64() == CacheChecksum.of(body) else { return RegistryCache() }
      var decoder = Decoder(reader: reader)
      return decoder.decode() ?? RegistryCache()
    }
  }

  /// Writes the cache of `services` beside the registry; failures are ignored, since the cache
  /// only saves time. O(size of the services).
  static func save(
    _ services: some Collection<(service: Service, fingerprint: FileFingerprint)>, to root: String
  ) {
    var encoder = Encoder()
    let bytes = encoder.encode(services)
    let folder = "\(root)/\(RegistryLayout.stateFolder)"
    guard FileSystem.isDirectory(folder) || (try? FileSystem.createDirectories(folder)) != nil
    else { return }
    try? FileSystem.writeAtomically(bytes, to: path(in: root), durable: false)
  }

  // MARK: - Encoding

  private struct TermsKey: Hashable {
    var range: Int
    var kind: Int
    var note: Int
  }

  private struct Encoder {
    var strings: [String: Int] = [:]
    var stringList: [String] = []
    var units: [UnitPath: Int] = [:]
    var unitList: [Int] = []
    var terms: [TermsKey: Int] = [:]
    var termsList: [TermsKey] = []
    var body = BinaryWriter()

    mutating func index(_ text: String) -> Int {
      if let known = strings[text] { return known }
      strings[text] = stringList.count
      stringList.append(text)
      return stringList.count - 1
    }

    /// 0 for none, the string's index plus one otherwise.
    mutating func optional(_ text: String?) -> Int { text.map { index($0) + 1 } ?? 0 }

    mutating func encode(
      _ services: some Collection<(service: Service, fingerprint: FileFingerprint)>
    ) -> [UInt8] {
      body.count(services.count)
      for (service, print) in services { encode(service, print) }
      var out = BinaryWriter()
      out.raw(RegistryCache.format.utf8)
      let checksumAt = out.bytes.count
      out.raw(repeatElement(0, count: 8))
      out.count(stringList.count)
      for text in stringList {
        var text = text
        text.withUTF8 { utf8 in
          out.count(utf8.count)
          out.raw(UnsafeRawBufferPointer(utf8))
        }
      }
      out.count(unitList.count)
      for unit in unitList { out.count(unit) }
      out.count(termsList.count)
      for key in termsList {
        out.count(key.range)
        out.count(key.kind)
        out.count(key.note)
      }
      out.raw(body.bytes)
      let sum = out.bytes.withUnsafeBytes { raw in
        CacheChecksum.of(UnsafeRawBufferPointer(rebasing: raw[(checksumAt + 8)...]))
      }
      out.patch(sum, at: checksumAt)
      return out.bytes
    }

    mutating func encode(_ service: Service, _ print: FileFingerprint) {
      body.count(index(service.id.rawValue))
      let unit: Int
      if let known = units[service.unit] {
        unit = known
      } else {
        unit = unitList.count
        units[service.unit] = unit
        unitList.append(index(service.unit.description))
      }
      body.count(unit)
      body.varint(print.device)
      body.varint(print.inode)
      body.signed(print.size)
      body.signed(print.modified)
      body.signed(print.changed)
      body.count(index(service.name))
      body.count(index(service.kind.rawValue))
      body.byte(Lifecycle.allCases.firstIndex(of: service.lifecycle).map(UInt8.init)!)
      body.count(service.tags.count)
      for tag in service.tags { body.count(index(tag)) }
      body.count(optional(service.url))
      body.count(optional(service.description))
      encode(service.deprecation)
      body.count(service.versions.count)
      for record in service.versions {
        body.count(index(record.version.description))
        body.byte(Lifecycle.allCases.firstIndex(of: record.lifecycle).map(UInt8.init)!)
        body.count(record.released.map(Decoder.pack) ?? 0)
        body.count(optional(record.notes))
        encode(record.deprecation)
      }
      body.count(service.links.count)
      for link in service.links {
        body.count(index(link.target.rawValue))
        let key = TermsKey(
          range: index(link.range.source), kind: optional(link.kind?.rawValue),
          note: optional(link.note))
        if let known = terms[key] {
          body.count(known)
        } else {
          terms[key] = termsList.count
          body.count(termsList.count)
          termsList.append(key)
        }
      }
    }

    mutating func encode(_ deprecation: Deprecation?) {
      guard let deprecation else { return body.byte(0) }
      body.byte(1)
      body.count(index(deprecation.reason))
      body.count(optional(deprecation.replacedBy?.description))
      body.count(deprecation.sunset.map(Decoder.pack) ?? 0)
    }
  }

  // MARK: - Decoding

  /// Reads the cache back, trusting its contents (the checksum vouches for them) but still
  /// refusing any index out of range.
  private struct Decoder {
    var reader: BinaryReader
    var strings: [String] = []
    var units: [UnitPath] = []
    var terms: [LinkTerms] = []
    var versions: [Int: Version] = [:]

    static func pack(_ date: CalendarDate) -> Int {
      date.year * 10_000 + date.month * 100 + date.day
    }

    mutating func string() -> String? {
      guard let index = reader.count(below: strings.count) else { return nil }
      return strings[index]
    }

    /// `.some(nil)` for none, `nil` when malformed.
    mutating func optionalString() -> String?? {
      guard let index = reader.count(below: strings.count + 1) else { return nil }
      return .some(index == 0 ? nil : strings[index - 1])
    }

    mutating func lifecycle() -> Lifecycle? {
      guard let byte = reader.byte(), Int(byte) < Lifecycle.allCases.count else { return nil }
      return Lifecycle.allCases[Int(byte)]
    }

    /// `.some(nil)` for none, `nil` when malformed.
    mutating func date() -> CalendarDate?? {
      guard let packed = reader.count() else { return nil }
      if packed == 0 { return .some(nil) }
      guard
        let date = try? CalendarDate(
          year: packed / 10_000, month: packed / 100 % 100, day: packed % 100)
      else { return nil }
      return .some(date)
    }

    mutating func decode() -> RegistryCache? {
      guard let stringCount = reader.count() else { return nil }
      strings.reserveCapacity(stringCount)
      for _ in 0..<stringCount {
        guard let length = reader.count(), let text = reader.string(length: length) else {
          return nil
        }
        strings.append(text)
      }
      guard let unitCount = reader.count() else { return nil }
      for _ in 0..<unitCount {
        guard let text = string() else { return nil }
        units.append(
          UnitPath(trustedSegments: text.split(separator: "/").map(String.init)))
      }
      guard let termsCount = reader.count() else { return nil }
      var interner = RangeInterner()
      for _ in 0..<termsCount {
        guard let range = string().flatMap({ try? interner.range($0) }),
          let kind = optionalString(), let note = optionalString()
        else { return nil }
        terms.append(LinkTerms(range: range, kind: kind.map(Kind.init(trusted:)), note: note))
      }
      guard let count = reader.count() else { return nil }
      var cache = RegistryCache()
      cache.services.reserveCapacity(count)
      cache.fingerprints.reserveCapacity(count)
      for _ in 0..<count {
        guard let (service, print) = service() else { return nil }
        cache.services.append(service)
        cache.fingerprints.append(print)
      }
      return reader.isAtEnd ? cache : nil
    }

    mutating func service() -> (Service, FileFingerprint)? {
      guard let id = string(), let unit = reader.count(below: units.count),
        let device = reader.varint(), let inode = reader.varint(), let size = reader.signed(),
        let modified = reader.signed(), let changed = reader.signed(),
        let name = string(), let kind = string(), let state = lifecycle(),
        let tagCount = reader.count(below: strings.count + 1)
      else { return nil }
      var tags: [String] = []
      tags.reserveCapacity(tagCount)
      for _ in 0..<tagCount {
        guard let tag = string() else { return nil }
        tags.append(tag)
      }
      guard let url = optionalString(), let description = optionalString(),
        let deprecation = self.deprecation(),
        let versionCount = reader.count(below: strings.count + 1)
      else { return nil }
      var records: [ServiceVersion] = []
      records.reserveCapacity(versionCount)
      for _ in 0..<versionCount {
        guard let version = version(), let state = lifecycle(), let released = date(),
          let notes = optionalString(), let deprecation = self.deprecation()
        else { return nil }
        records.append(
          ServiceVersion(
            version, lifecycle: state, released: released, notes: notes,
            deprecation: deprecation))
      }
      guard let linkCount = reader.count(below: 1 << 32) else { return nil }
      var links: [Link] = []
      links.reserveCapacity(linkCount)
      for _ in 0..<linkCount {
        guard let target = string(), let terms = reader.count(below: terms.count) else {
          return nil
        }
        links.append(Link(to: ServiceID(trusted: target), terms: self.terms[terms]))
      }
      let service = Service(
        canonicalID: ServiceID(trusted: id), unit: units[unit], name: name,
        kind: Kind(trusted: kind), lifecycle: state, tags: tags, url: url,
        description: description, versions: records, links: links, deprecation: deprecation)
      let print = FileFingerprint(
        device: device, inode: inode, size: size, modified: modified, changed: changed)
      return (service, print)
    }

    mutating func version() -> Version? {
      guard let index = reader.count(below: strings.count) else { return nil }
      if let known = versions[index] { return known }
      guard let parsed = try? Version(parsing: strings[index]) else { return nil }
      versions[index] = parsed
      return parsed
    }

    /// A deprecation, `.some(nil)` for none, or `nil` when malformed.
    mutating func deprecation() -> Deprecation?? {
      switch reader.byte() {
      case 0: return .some(nil)
      case 1:
        guard let reason = string(), let replacement = optionalString(), let sunset = date()
        else { return nil }
        return .some(
          Deprecation(
            reason: reason, replacedBy: replacement.flatMap { try? Reference(validating: $0) },
            sunset: sunset))
      default: return nil
      }
    }
  }
}
