import Dispatch
import RegistryModel
import SemVer

/// A binary snapshot of the parsed registry files with each file's fingerprint, so that opening
/// a large registry whose files have not changed skips parsing them.
///
/// A file is taken from the cache only when its device, inode, size, modification time and
/// status-change time all match what they were when it was parsed; the status-change time
/// moves on every write and cannot be set back by tools, so a changed file is never missed.
/// Every text is stored once in a string table and every distinct link terms once, so the
/// cache is small and reading it back shares strings the way the registry does. Services are
/// stored in chunks that are read and decoded on every core, a chunk at a time, so the file is
/// never all in memory. The tables and each chunk carry a checksum: a damaged, truncated or
/// foreign cache is ignored, never believed.
struct RegistryCache {
  /// Bumped whenever the encoding, or what a file may hold to be cached, changes (6: text
  /// with terminal controls is refused).
  static let format = "svcreg-cache 7\n"
  /// Services per chunk: enough to keep a core busy, few enough to share the work evenly.
  static let chunkSize = 4_096

  /// The cached services, each parsed from the file at its unit and id; a slot is emptied when
  /// its service is taken.
  var services: [Service?] = []
  /// What each service's file looked like when it was parsed, by position in `services`.
  var fingerprints: [FileFingerprint] = []
  /// Each service's folder under `services/` (its unit as text), by position in `services`;
  /// one string per unit, shared.
  var folders: [String] = []
  /// The units as parsed from `units.toml`, and what that file looked like then.
  var units: (units: [UnitPath: Unit], fingerprint: FileFingerprint)?

  static func path(in root: String) -> String {
    "\(root)/\(RegistryLayout.stateFolder)/cache.bin"
  }

  /// The cache of the registry at `root`, or an empty one when there is none or it is unusable.
  /// O(size of the cache), on every core.
  static func load(from root: String) -> RegistryCache {
    guard let file = ReadOnlyFile(path: path(in: root)) else { return RegistryCache() }
    defer { file.close() }
    let header = format.utf8.count
    guard let head = file.read(at: 0, count: header + 16), head.starts(with: format.utf8)
    else { return RegistryCache() }
    let tablesAt = header + 16
    let lengthAndSum = head.withUnsafeBytes { raw in
      var reader = BinaryReader(raw, from: header)
      return reader.fixedPair()
    }
    guard let (length, sum) = lengthAndSum, length < UInt64(file.size),
      let tables = file.read(at: tablesAt, count: Int(length))
    else { return RegistryCache() }
    let prepared = tables.withUnsafeBytes { raw in
      CacheChecksum.of(raw) == sum
        ? Decoder.prepare(BinaryReader(raw), fileSize: file.size, chunksAt: tablesAt + Int(length))
        : nil
    }
    // The tables' bytes are dropped here, before the services are decoded: at a million
    // services they are a hundred megabytes of the peak.
    guard let prepared else { return RegistryCache() }
    return Decoder.decodeChunks(of: prepared, from: file) ?? RegistryCache()
  }

  /// Writes the cache of `services` (and of the units, when given) beside the registry;
  /// failures are ignored, since the cache only saves time. O(size of the services).
  static func save(
    _ services: some Collection<(service: Service, fingerprint: FileFingerprint)>,
    units: (units: [UnitPath: Unit], fingerprint: FileFingerprint)?, to root: String
  ) {
    var encoder = Encoder()
    let parts = encoder.encode(services, units: units)
    let folder = "\(root)/\(RegistryLayout.stateFolder)"
    guard FileSystem.isDirectory(folder) || (try? FileSystem.createDirectories(folder)) != nil
    else { return }
    try? FileSystem.writeAtomically(parts: parts, to: path(in: root), durable: false)
  }

  /// The lifecycle's number in the cache.
  fileprivate static func number(of lifecycle: Lifecycle) -> UInt8 {
    UInt8(Lifecycle.allCases.firstIndex(of: lifecycle)!)
  }
}

// MARK: - Encoding

extension RegistryCache {
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
    var versions: [Version: Int] = [:]
    var versionList: [Int] = []

    mutating func index(_ text: String) -> Int {
      if let known = strings[text] { return known }
      strings[text] = stringList.count
      stringList.append(text)
      return stringList.count - 1
    }

    /// 0 for none, the string's index plus one otherwise.
    mutating func optional(_ text: String?) -> Int { text.map { index($0) + 1 } ?? 0 }

    mutating func encode(
      _ services: some Collection<(service: Service, fingerprint: FileFingerprint)>,
      units unitsFile: (units: [UnitPath: Unit], fingerprint: FileFingerprint)?
    ) -> [[UInt8]] {
      var unitsSection = BinaryWriter()
      if let unitsFile {
        unitsSection.byte(1)
        write(unitsFile.fingerprint, to: &unitsSection)
        unitsSection.count(unitsFile.units.count)
        for unit in unitsFile.units.values.sorted(by: { $0.path < $1.path }) {
          unitsSection.count(index(unit.path.description))
          unitsSection.count(index(unit.name))
          unitsSection.byte(UInt8(UnitLevel.allCases.firstIndex(of: unit.level)!))
          unitsSection.count(unit.aliases.count)
          for alias in unit.aliases { unitsSection.count(index(alias)) }
        }
      } else {
        unitsSection.byte(0)
      }
      var chunks: [(count: Int, bytes: [UInt8])] = []
      var chunk = BinaryWriter()
      var inChunk = 0
      for (service, print) in services {
        encode(service, print, to: &chunk)
        inChunk += 1
        if inChunk == RegistryCache.chunkSize {
          chunks.append((inChunk, chunk.bytes))
          chunk = BinaryWriter()
          inChunk = 0
        }
      }
      if inChunk > 0 { chunks.append((inChunk, chunk.bytes)) }

      var tables = BinaryWriter()
      tables.count(stringList.count)
      for text in stringList {
        var text = text
        text.withUTF8 { utf8 in
          tables.count(utf8.count)
          tables.raw(UnsafeRawBufferPointer(utf8))
        }
      }
      tables.count(unitList.count)
      for unit in unitList { tables.count(unit) }
      tables.count(termsList.count)
      for key in termsList {
        tables.count(key.range)
        tables.count(key.kind)
        tables.count(key.note)
      }
      tables.count(versionList.count)
      for version in versionList { tables.count(version) }
      tables.raw(unitsSection.bytes)
      tables.count(chunks.count)
      for chunk in chunks {
        tables.count(chunk.count)
        tables.count(chunk.bytes.count)
        tables.varint(chunk.bytes.withUnsafeBytes(CacheChecksum.of))
      }
      var head = BinaryWriter()
      head.raw(RegistryCache.format.utf8)
      head.fixed(UInt64(tables.bytes.count))
      head.fixed(tables.bytes.withUnsafeBytes(CacheChecksum.of))
      // Written part by part: joined, the cache would be in memory twice at its largest.
      return [head.bytes, tables.bytes] + chunks.map(\.bytes)
    }

    func write(_ print: FileFingerprint, to body: inout BinaryWriter) {
      body.varint(print.device)
      body.varint(print.inode)
      body.signed(print.size)
      body.signed(print.modified)
      body.signed(print.changed)
    }

    mutating func encode(_ service: Service, _ print: FileFingerprint, to body: inout BinaryWriter)
    {
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
      write(print, to: &body)
      body.count(index(service.name))
      body.count(index(service.kind.rawValue))
      body.byte(RegistryCache.number(of: service.lifecycle))
      body.count(optional(service.owner))
      body.count(service.contacts.count)
      for contact in service.contacts {
        body.count(optional(contact.name))
        body.count(optional(contact.email))
        body.count(optional(contact.phone))
      }
      body.count(service.tags.count)
      for tag in service.tags { body.count(index(tag)) }
      body.count(optional(service.url))
      body.count(optional(service.description))
      encode(service.deprecation, to: &body)
      body.count(service.versions.count)
      for record in service.versions {
        if let known = versions[record.version] {
          body.count(known)
        } else {
          versions[record.version] = versionList.count
          body.count(versionList.count)
          versionList.append(index(record.version.description))
        }
        body.byte(RegistryCache.number(of: record.lifecycle))
        body.count(record.released.map { Int($0.packed) } ?? 0)
        body.count(optional(record.notes))
        encode(record.deprecation, to: &body)
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

    mutating func encode(_ deprecation: Deprecation?, to body: inout BinaryWriter) {
      guard let deprecation else { return body.byte(0) }
      body.byte(1)
      body.count(index(deprecation.reason))
      body.count(optional(deprecation.replacedBy?.description))
      body.count(deprecation.sunset.map { Int($0.packed) } ?? 0)
    }
  }
}

// MARK: - Decoding

extension RegistryCache {
  /// Reads the cache back, trusting its contents (the checksum vouches for them) but still
  /// refusing any index out of range.
  private struct Decoder {
    var reader: BinaryReader
    var strings: [String] = []
    var units: [UnitPath] = []
    var unitTexts: [String] = []
    var terms: [LinkTerms] = []
    /// The distinct versions, each parsed once.
    var versions: [Version] = []
    /// Parsed references by string index: a registry repeats the same few.
    var references: [Int: Reference] = [:]
    /// One-tag lists by the tag's string index, shared between the services of one chunk.
    var singleTags: [Int: [String]] = [:]

    /// What the tables say: the decoder holding the shared tables, the units, and where each
    /// chunk of services is.
    struct Prepared {
      var decoder: Decoder
      var units: (units: [UnitPath: Unit], fingerprint: FileFingerprint)?
      var chunks: [(start: Int, offset: Int, count: Int, length: Int, checksum: UInt64)]
      var services: Int
    }

    /// Decodes the checked tables; `nil` when anything is malformed. The decoder returned no
    /// longer reads from `tables`.
    static func prepare(_ tables: BinaryReader, fileSize: Int, chunksAt: Int) -> Prepared? {
      var decoder = Decoder(reader: tables)
      guard decoder.readTables(), let unitsFile = decoder.unitsFile(),
        let chunkCount = decoder.reader.count(below: 1 << 32)
      else { return nil }
      var chunks: [(start: Int, offset: Int, count: Int, length: Int, checksum: UInt64)] = []
      var services = 0
      var offset = chunksAt
      for _ in 0..<chunkCount {
        guard let count = decoder.reader.count(below: 1 << 32),
          let length = decoder.reader.count(below: 1 << 40), let sum = decoder.reader.varint()
        else { return nil }
        chunks.append((services, offset, count, length, sum))
        services += count
        offset += length
      }
      guard decoder.reader.isAtEnd, offset == fileSize else { return nil }
      decoder.reader = BinaryReader(UnsafeRawBufferPointer(start: nil, count: 0))
      return Prepared(decoder: decoder, units: unitsFile, chunks: chunks, services: services)
    }

    /// Reads and decodes every chunk of services on whichever core is free; `nil` when any
    /// chunk is damaged.
    static func decodeChunks(of prepared: Prepared, from file: ReadOnlyFile) -> RegistryCache? {
      let (decoder, unitsFile, chunks, services) = (
        prepared.decoder, prepared.units, prepared.chunks, prepared.services
      )
      var cache = RegistryCache()
      cache.units = unitsFile
      cache.services = Array(repeating: nil, count: services)
      cache.fingerprints = Array(
        repeating: FileFingerprint(device: 0, inode: 0, size: 0, modified: 0, changed: 0),
        count: services)
      cache.folders = Array(repeating: "", count: services)
      var failed = Array(repeating: false, count: chunks.count)
      cache.services.withUnsafeMutableBufferPointer { serviceBuffer in
        cache.fingerprints.withUnsafeMutableBufferPointer { printBuffer in
          cache.folders.withUnsafeMutableBufferPointer { folderBuffer in
            failed.withUnsafeMutableBufferPointer { failedBuffer in
              nonisolated(unsafe) let (serviceOut, printOut, folderOut, failedOut) = (
                serviceBuffer, printBuffer, folderBuffer, failedBuffer
              )
              nonisolated(unsafe) let template = decoder
              let chunks = chunks
              DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
                let chunk = chunks[index]
                guard let bytes = file.read(at: chunk.offset, count: chunk.length) else {
                  failedOut[index] = true
                  return
                }
                bytes.withUnsafeBytes { raw in
                  guard CacheChecksum.of(raw) == chunk.checksum else {
                    failedOut[index] = true
                    return
                  }
                  var chunkDecoder = template
                  chunkDecoder.reader = BinaryReader(raw)
                  for slot in chunk.start..<chunk.start + chunk.count {
                    guard let (service, print, folder) = chunkDecoder.service() else {
                      failedOut[index] = true
                      return
                    }
                    serviceOut[slot] = service
                    printOut[slot] = print
                    folderOut[slot] = folder
                  }
                  if !chunkDecoder.reader.isAtEnd { failedOut[index] = true }
                }
              }
            }
          }
        }
      }
      return failed.contains(true) ? nil : cache
    }

    mutating func readTables() -> Bool {
      guard let stringCount = reader.count() else { return false }
      strings.reserveCapacity(stringCount)
      for _ in 0..<stringCount {
        guard let length = reader.count(), let text = reader.string(length: length) else {
          return false
        }
        strings.append(text)
      }
      guard let unitCount = reader.count() else { return false }
      for _ in 0..<unitCount {
        guard let text = string() else { return false }
        units.append(Decoder.unitPath(text))
        unitTexts.append(text)
      }
      guard let termsCount = reader.count() else { return false }
      var interner = ValueInterner()
      for _ in 0..<termsCount {
        guard let range = string().flatMap({ try? interner.range($0) }),
          let kind = optionalString(), let note = optionalString()
        else { return false }
        terms.append(LinkTerms(range: range, kind: kind.map(Kind.init(trusted:)), note: note))
      }
      guard let versionCount = reader.count(below: strings.count + 1) else { return false }
      versions.reserveCapacity(versionCount)
      for _ in 0..<versionCount {
        guard let version = string().flatMap({ try? Version(parsing: $0) }) else { return false }
        versions.append(version)
      }
      return true
    }

    /// The units section: `.some(nil)` when units.toml was not cached, `nil` when malformed.
    mutating func unitsFile() -> (units: [UnitPath: Unit], fingerprint: FileFingerprint)?? {
      switch reader.byte() {
      case 0: return .some(nil)
      case 1:
        guard let print = fingerprint(), let count = reader.count(below: strings.count + 1) else {
          return nil
        }
        var units: [UnitPath: Unit] = [:]
        units.reserveCapacity(count)
        for _ in 0..<count {
          guard let path = string().map(Decoder.unitPath), let name = string(),
            let level = reader.byte(), Int(level) < UnitLevel.allCases.count,
            let aliasCount = reader.count(below: strings.count + 1)
          else { return nil }
          var aliases: [String] = []
          for _ in 0..<aliasCount {
            guard let alias = string() else { return nil }
            aliases.append(alias)
          }
          units[path] = Unit(
            path: path, name: name, level: UnitLevel.allCases[Int(level)], aliases: aliases)
        }
        return .some((units, print))
      default: return nil
      }
    }

    /// A unit path the cache wrote, so already valid.
    static func unitPath(_ text: String) -> UnitPath {
      UnitPath(trustedSegments: text.split(separator: "/").map(String.init))
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

    mutating func fingerprint() -> FileFingerprint? {
      guard let device = reader.varint(), let inode = reader.varint(), let size = reader.signed(),
        let modified = reader.signed(), let changed = reader.signed()
      else { return nil }
      return FileFingerprint(
        device: device, inode: inode, size: size, modified: modified, changed: changed)
    }

    /// `.some(nil)` for none, `nil` when malformed.
    mutating func date() -> CalendarDate?? {
      guard let packed = reader.count(below: Int(UInt32.max)) else { return nil }
      if packed == 0 { return .some(nil) }
      guard let date = CalendarDate(packed: UInt32(packed)) else { return nil }
      return .some(date)
    }

    /// One service, the fingerprint of its file, and its folder.
    mutating func service() -> (Service, FileFingerprint, String)? {
      guard let id = string(), let unit = reader.count(below: units.count),
        let print = fingerprint(), let name = string(), let kind = string(),
        let state = lifecycle(), let owner = optionalString(),
        let contactCount = reader.count(below: strings.count + 1)
      else { return nil }
      var contacts: [Contact] = []
      for _ in 0..<contactCount {
        guard let name = optionalString(), let email = optionalString(),
          let phone = optionalString()
        else { return nil }
        contacts.append(Contact(trusted: name, email: email, phone: phone))
      }
      guard let tagCount = reader.count(below: strings.count + 1) else { return nil }
      // Most services carry one tag, and one of few; sharing those lists saves an array each.
      var tags: [String] = []
      if tagCount == 1 {
        guard let index = reader.count(below: strings.count) else { return nil }
        if let shared = singleTags[index] {
          tags = shared
        } else {
          tags = [strings[index]]
          singleTags[index] = tags
        }
      } else {
        tags.reserveCapacity(tagCount)
        for _ in 0..<tagCount {
          guard let tag = string() else { return nil }
          tags.append(tag)
        }
      }
      guard let url = optionalString(), let description = optionalString(),
        let deprecation = self.deprecation(),
        let versionCount = reader.count(below: strings.count + 1)
      else { return nil }
      var records: [ServiceVersion] = []
      records.reserveCapacity(versionCount)
      for _ in 0..<versionCount {
        guard let version = version(), let versionState = lifecycle(), let released = date(),
          let notes = optionalString(), let deprecation = self.deprecation()
        else { return nil }
        records.append(
          ServiceVersion(
            version, lifecycle: versionState, released: released, notes: notes,
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
        kind: Kind(trusted: kind), lifecycle: state, owner: owner, contacts: contacts, tags: tags,
        url: url,
        description: description, versions: records, links: links, deprecation: deprecation)
      return (service, print, unitTexts[unit])
    }

    mutating func version() -> Version? {
      guard let index = reader.count(below: versions.count) else { return nil }
      return versions[index]
    }

    /// A deprecation, `.some(nil)` for none, or `nil` when malformed.
    mutating func deprecation() -> Deprecation?? {
      switch reader.byte() {
      case 0: return .some(nil)
      case 1:
        guard let reason = string(), let replacement = reader.count(below: strings.count + 1),
          let sunset = date()
        else { return nil }
        var replacedBy: Reference?
        if replacement > 0 {
          if let known = references[replacement - 1] {
            replacedBy = known
          } else {
            guard let parsed = try? Reference(validating: strings[replacement - 1]) else {
              return nil
            }
            references[replacement - 1] = parsed
            replacedBy = parsed
          }
        }
        return .some(Deprecation(reason: reason, replacedBy: replacedBy, sunset: sunset))
      default: return nil
      }
    }
  }
}
