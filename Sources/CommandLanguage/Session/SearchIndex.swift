import RegistryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text `find` searches, lowercased once per change of the registry and laid out in one
/// buffer, so that a search is one pass of `memmem` over it instead of lowercasing every field
/// of every service again (330 ms at 100,000 services before, a few milliseconds now).
struct SearchIndex {
  /// The generation of the registry it was built from.
  let generation: Int
  /// The services, in the registry's storage order (sorting them up front cost more than the
  /// search; `matches` sorts what it finds).
  let ids: [ServiceID]
  /// The folded id, name, description, URL, owner, contacts and tags of every service, each field ended by a
  /// zero byte so that no match spans two fields.
  private let text: [UInt8]
  /// Where each service's fields start in `text`, plus the end.
  private let starts: [Int]

  /// Indexes `registry`; O(total text).
  init(_ registry: Registry, generation: Int) {
    self.generation = generation
    var ids: [ServiceID] = []
    ids.reserveCapacity(registry.services.count)
    var text: [UInt8] = []
    var starts: [Int] = []
    starts.reserveCapacity(registry.services.count + 1)
    func add(_ field: String) {
      SearchIndex.appendFolded(field, to: &text)
      text.append(0)
    }
    for (id, service) in registry.services {
      ids.append(id)
      starts.append(text.count)
      add(id.rawValue)
      add(service.name)
      if let description = service.description { add(description) }
      if let url = service.url { add(url) }
      if let owner = service.owner { add(owner) }
      for contact in service.contacts { add(contact.description) }
      for tag in service.tags { add(tag) }
    }
    self.ids = ids
    starts.append(text.count)
    self.text = text
    self.starts = starts
  }

  /// The positions in `ids` of the services with a field containing `query`, ignoring case,
  /// in id order; O(total text + m log m) for m matches.
  func matches(_ query: String) -> [Int] {
    var needle: [UInt8] = []
    SearchIndex.appendFolded(query, to: &needle)
    guard !needle.isEmpty, !needle.contains(0) else {
      return ids.indices.sorted { ids[$0] < ids[$1] }
    }
    var found: [Int] = []
    text.withUnsafeBytes { haystack in
      needle.withUnsafeBytes { pattern in
        var offset = 0
        while let position = SearchIndex.find(pattern, in: haystack, from: offset) {
          // The service whose fields hold the hit: the last start at or before it.
          var low = 0
          var high = starts.count - 1
          while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle } else { high = middle }
          }
          found.append(low)
          offset = starts[low + 1]
        }
      }
    }
    return found.sorted { ids[$0] < ids[$1] }
  }

  /// The first position at or after `offset` where `pattern` occurs in `haystack`: `memchr` for
  /// the first byte (vectorised), then `memcmp` for the rest.
  private static func find(
    _ pattern: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from offset: Int
  ) -> Int? {
    let base = haystack.baseAddress!
    let first = Int32(pattern[0])
    var position = offset
    while haystack.count - position >= pattern.count {
      guard let hit = memchr(base + position, first, haystack.count - position - pattern.count + 1)
      else { return nil }
      position = UnsafeRawPointer(hit) - base
      if memcmp(hit, pattern.baseAddress!, pattern.count) == 0 { return position }
      position += 1
    }
    return nil
  }

  /// Appends `text` in the folded form searches compare: lowercased, byte by byte for ASCII
  /// (nearly every id, URL and name) and by Unicode rules otherwise.
  static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let start = bytes.count
      bytes.append(contentsOf: text.utf8)
      for index in start..<bytes.count where bytes[index] &- 0x41 < 26 { bytes[index] += 0x20 }
    } else {
      bytes.append(contentsOf: text.lowercased().utf8)
    }
  }
}
