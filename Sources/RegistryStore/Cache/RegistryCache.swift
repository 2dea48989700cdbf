import RegistryModel
import SemVer

/// A binary snapshot of the parsed service files, keyed by each file's path and fingerprint,
/// so that opening a large registry whose files have not changed skips parsing them.
///
/// A file is taken from the cache only when its device, inode, size, modification time and
/// status-change time all match what they were when it was parsed; the status-change time
/// moves on every write and cannot be set back by tools, so a changed file is never missed.
/// Anything unreadable or from another format version is ignored, never trusted.
struct RegistryCache {
  /// Bumped whenever the encoding of the model changes.
  static let format = "svcreg-cache 1\n"

  /// One parsed file.
  struct Entry {
    var fingerprint: FileFingerprint
    var service: Service
  }

  var entries: [String: Entry] = [:]

  static func path(in root: String) -> String {
    "\(root)/\(RegistryLayout.stateFolder)/cache.bin"
  }

  /// The cache of the registry at `root`, or an empty one when there is none or it is unusable.
  static func load(from root: String) -> RegistryCache {
    guard let bytes = try? FileSystem.read(path(in: root)),
      bytes.starts(with: format.utf8)
    else { return RegistryCache() }
    var reader = BinaryReader(bytes, from: format.utf8.count)
    return decode(&reader) ?? RegistryCache()
  }

  /// Writes the cache beside the registry; failures are ignored, since the cache only saves time.
  func save(to root: String) {
    var writer = BinaryWriter()
    writer.raw(Array(RegistryCache.format.utf8))
    encode(&writer)
    let folder = "\(root)/\(RegistryLayout.stateFolder)"
    guard FileSystem.isDirectory(folder) || (try? FileSystem.createDirectories(folder)) != nil
    else { return }
    try? FileSystem.writeAtomically(writer.bytes, to: RegistryCache.path(in: root), durable: false)
  }

  // MARK: - Encoding

  private func encode(_ writer: inout BinaryWriter) {
    writer.count(entries.count)
    for path in entries.keys.sorted() {
      let entry = entries[path]!
      writer.string(path)
      let print = entry.fingerprint
      for value in [
        Int64(bitPattern: print.device), Int64(bitPattern: print.inode), print.size,
        print.modified, print.changed,
      ] {
        writer.integer(value)
      }
      encode(entry.service, &writer)
    }
  }

  private func encode(_ service: Service, _ writer: inout BinaryWriter) {
    writer.string(service.id.rawValue)
    writer.string(service.unit.description)
    writer.string(service.name)
    writer.string(service.kind.rawValue)
    writer.string(service.lifecycle.rawValue)
    writer.count(service.tags.count)
    for tag in service.tags { writer.string(tag) }
    writer.optionalString(service.url)
    writer.optionalString(service.description)
    encode(service.deprecation, &writer)
    writer.count(service.versions.count)
    for record in service.versions {
      writer.string(record.version.description)
      writer.string(record.lifecycle.rawValue)
      writer.optionalString(record.released?.description)
      writer.optionalString(record.notes)
      encode(record.deprecation, &writer)
    }
    writer.count(service.links.count)
    for link in service.links {
      writer.string(link.target.rawValue)
      writer.string(link.range.source)
      writer.optionalString(link.kind?.rawValue)
      writer.optionalString(link.note)
    }
  }

  private func encode(_ deprecation: Deprecation?, _ writer: inout BinaryWriter) {
    guard let deprecation else { return writer.byte(0) }
    writer.byte(1)
    writer.string(deprecation.reason)
    writer.optionalString(deprecation.replacedBy?.description)
    writer.optionalString(deprecation.sunset?.description)
  }

  // MARK: - Decoding

  /// Parsed ranges and versions by their text: registries repeat the same few hundred, and
  /// parsing a million of them again would cost more than the cache saves.
  private struct Interned {
    var ranges = RangeInterner()
    var versions: [String: Version] = [:]

    mutating func range(_ text: String) -> VersionRange? {
      try? ranges.range(text)
    }

    mutating func version(_ text: String) -> Version? {
      if let known = versions[text] { return known }
      guard let parsed = try? Version(parsing: text) else { return nil }
      versions[text] = parsed
      return parsed
    }
  }

  private static func decode(_ reader: inout BinaryReader) -> RegistryCache? {
    guard let count = reader.count() else { return nil }
    var cache = RegistryCache()
    cache.entries.reserveCapacity(count)
    var interned = Interned()
    for _ in 0..<count {
      guard let path = reader.string(), let device = reader.integer(),
        let inode = reader.integer(), let size = reader.integer(),
        let modified = reader.integer(), let changed = reader.integer(),
        let service = decodeService(&reader, &interned)
      else { return nil }
      let print = FileFingerprint(
        device: UInt64(bitPattern: device), inode: UInt64(bitPattern: inode), size: size,
        modified: modified, changed: changed)
      cache.entries[path] = Entry(fingerprint: print, service: service)
    }
    return reader.isAtEnd ? cache : nil
  }

  private static func decodeService(_ reader: inout BinaryReader, _ interned: inout Interned)
    -> Service?
  {
    guard let id = reader.string().flatMap(ServiceID.init),
      let unit = reader.string().flatMap({ UnitPath($0) }), let name = reader.string(),
      let kind = reader.string().flatMap({ try? Kind(validating: $0) }),
      let lifecycle = reader.string().flatMap(Lifecycle.init(rawValue:)),
      let tagCount = reader.count()
    else { return nil }
    var tags: [String] = []
    for _ in 0..<tagCount {
      guard let tag = reader.string() else { return nil }
      tags.append(tag)
    }
    guard let url = reader.optionalString(), let description = reader.optionalString(),
      let deprecation = decodeDeprecation(&reader), let versionCount = reader.count()
    else { return nil }
    var versions: [ServiceVersion] = []
    versions.reserveCapacity(versionCount)
    for _ in 0..<versionCount {
      guard let version = reader.string().flatMap({ interned.version($0) }),
        let lifecycle = reader.string().flatMap(Lifecycle.init(rawValue:)),
        let released = reader.optionalString(), let notes = reader.optionalString(),
        let deprecation = decodeDeprecation(&reader)
      else { return nil }
      versions.append(
        ServiceVersion(
          version, lifecycle: lifecycle,
          released: released.flatMap { try? CalendarDate(validating: $0) }, notes: notes,
          deprecation: deprecation))
    }
    guard let linkCount = reader.count() else { return nil }
    var links: [Link] = []
    links.reserveCapacity(linkCount)
    for _ in 0..<linkCount {
      guard let target = reader.string().flatMap(ServiceID.init),
        let range = reader.string().flatMap({ interned.range($0) }),
        let kind = reader.optionalString(), let note = reader.optionalString()
      else { return nil }
      links.append(
        Link(to: target, range: range, kind: kind.flatMap { try? Kind(validating: $0) }, note: note)
      )
    }
    return Service(
      id: id, unit: unit, name: name, kind: kind, lifecycle: lifecycle, tags: tags, url: url,
      description: description, versions: versions, links: links, deprecation: deprecation)
  }

  /// A deprecation, `.some(nil)` for none, or `nil` when malformed.
  private static func decodeDeprecation(_ reader: inout BinaryReader) -> Deprecation?? {
    switch reader.byte() {
    case 0: return .some(nil)
    case 1:
      guard let reason = reader.string(), let replacement = reader.optionalString(),
        let sunset = reader.optionalString()
      else { return nil }
      return .some(
        Deprecation(
          reason: reason, replacedBy: replacement.flatMap { try? Reference(validating: $0) },
          sunset: sunset.flatMap { try? CalendarDate(validating: $0) }))
    default: return nil
    }
  }
}
