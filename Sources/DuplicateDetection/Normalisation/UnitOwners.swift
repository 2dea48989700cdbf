import RegistryModel

/// The owner words of each unit: the words of its name, aliases and path, and the acronyms
/// people derive from them (`UIN Sumatera Utara` → `uinsu`), which say who runs a service and
/// not what it does; words of the job vocabulary in a central unit's name (`Haji` in `Ditjen
/// Penyelenggaraan Haji dan Umrah`) stay, because that unit's applications are about them.
struct UnitOwners: Sendable {
  /// The units, in path order (so that indices sort as paths do); a service's unit is an index
  /// into it.
  let paths: [UnitPath]
  /// The kind of unit each is (campus, provincial office, …), by which units are peers: its
  /// level, or for a unit the registry does not list, the first segment of its path.
  let peerGroups: [String]
  private let words: [[Int32]]
  /// Every word of each unit's name, aliases and path, job words too, with their canonical
  /// words, sorted: what a name may hold besides "website" and still be the unit's own site.
  private let nameWords: [[Int32]]
  /// Every word that is an owner word of some unit.
  let anyUnit: Set<Int32>

  /// Derives the owner words of the units at `paths`, described by `units` (a path the registry
  /// does not list, named by a service, has only its own words).
  init(units: [UnitPath: Unit], paths: [UnitPath], lexicon: Lexicon, table: inout TokenTable) {
    var scanner = TextScanner()
    var stream = TokenStream()
    var words: [[Int32]] = []
    var nameWords: [[Int32]] = []
    for path in paths {
      var texts = path.segments.map { String($0.map { $0 == "-" ? " " : $0 }) }
      if let unit = units[path] { texts += [unit.name] + unit.aliases }
      // A campus or office is named after places and people, so every word of its name is
      // an owner word; a central unit's name says what its applications are about.
      let topical = [.central, .external, .other].contains(units[path]?.level ?? .other)
      var owned: [Int32] = []
      var named: [Int32] = []
      for text in texts {
        stream.reset()
        scanner.scan(text, table: &table, into: &stream)
        for id in stream.ids where !lexicon.wordClass(id).contains(.function) {
          named.append(id)
          named.append(lexicon.canonical(id))
        }
        owned += UnitOwners.ownerWords(
          of: text, keepingJobWords: topical, lexicon: lexicon, scanner: &scanner,
          stream: &stream, table: &table)
      }
      owned.sort()
      var unique: [Int32] = []
      for id in owned where unique.last != id { unique.append(id) }
      words.append(unique)
      named.sort()
      nameWords.append(named)
    }
    self.nameWords = nameWords
    self.paths = paths
    peerGroups = paths.map { units[$0]?.level.rawValue ?? "/" + $0.root }
    self.words = words
    anyUnit = Set(words.joined())
  }

  /// Whether `id` is an owner word of unit `unit`; O(log words of the unit).
  func owns(_ unit: Int32, _ id: Int32) -> Bool {
    unit >= 0 && UnitOwners.sorted(words[Int(unit)], contains: id)
  }

  /// Whether `id` is a word of unit `unit`'s name, aliases or path, of any class;
  /// O(log words of the unit).
  func names(_ unit: Int32, _ id: Int32) -> Bool {
    unit >= 0 && UnitOwners.sorted(nameWords[Int(unit)], contains: id)
  }

  /// Whether the ascending `list` holds `id`; O(log n).
  private static func sorted(_ list: [Int32], contains id: Int32) -> Bool {
    var low = 0
    var high = list.count
    while low < high {
      let middle = (low + high) / 2
      if list[middle] < id {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < list.count && list[low] == id
  }

  /// The words of one name or alias, with the acronyms derived from it.
  private static func ownerWords(
    of text: String, keepingJobWords: Bool, lexicon: Lexicon, scanner: inout TextScanner,
    stream: inout TokenStream, table: inout TokenTable
  ) -> [Int32] {
    stream.reset()
    scanner.scan(text, table: &table, into: &stream)
    let ids = stream.ids.filter { !lexicon.wordClass($0).contains(.function) }
    var owned = ids.filter { !keepingJobWords || !lexicon.wordClass($0).contains(.jobWord) }
    guard ids.count >= 2 else { return owned }
    let firsts = ids.map { table.withBytes($0) { $0.first ?? 0 } }
    owned.append(intern(firsts, &table))
    if ids.count <= 4 {
      var joined: [UInt8] = []
      for id in ids { table.withBytes(id) { joined.append(contentsOf: $0) } }
      owned.append(intern(joined, &table))
    }
    // `UIN` + initials: `UIN Sunan Gunung Djati` is also `uins`, `uinsg`, `uinsgd`, and `SGD`.
    if lexicon.wordClass(ids[0]).contains(.owner) {
      var acronym: [UInt8] = []
      table.withBytes(ids[0]) { acronym.append(contentsOf: $0) }
      for first in firsts.dropFirst() {
        acronym.append(first)
        owned.append(intern(acronym, &table))
      }
      if ids.count >= 3 { owned.append(intern(Array(firsts.dropFirst()), &table)) }
    }
    return owned
  }

  private static func intern(_ bytes: [UInt8], _ table: inout TokenTable) -> Int32 {
    bytes.withUnsafeBufferPointer { table.intern($0) }
  }
}
