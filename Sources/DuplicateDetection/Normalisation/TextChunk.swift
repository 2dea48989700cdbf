import RegistryModel

/// The words of a run of services, read on their own so that runs can be read in parallel:
/// every word new to the shared vocabulary gets an id of the chunk's own table, mapped to the
/// shared table when the chunks are put together (`ProfileBuilder.merge`).
struct TextChunk: Sendable {
  /// The shared table as it was, plus the words this chunk met first.
  var table: TokenTable
  /// The names.
  var names = TokenStream()
  /// The content words of each description.
  var descriptions = FlatSets()
  /// The content words of each service's tags.
  var tags = FlatSets()
  /// The kinds met, by index.
  var kindNames: [String] = []
  /// Each service's kind, an index into `kindNames`.
  var kinds: [Int32] = []
  /// Tags as written.
  var keys = TokenTable(capacity: 1024)
  /// Each service's normalised URL, empty when it has none.
  var urls = KeyColumn()
  /// Each service's description as a key (`ContextNormaliser.descriptionKey`), empty when it
  /// is too short to tell.
  var descriptionTexts = KeyColumn()
  /// Each service's tags as written, ids in `keys`.
  var tagNames = FlatSets()

  /// Whether `name` is a list of three or more names, separated by commas or semicolons, and
  /// not one name that enumerates with commas and "and" (an office's name).
  static func listsSeveralNames(_ name: String) -> Bool {
    var separators = 0
    var semicolons = false
    var lastSeparator = name.utf8.startIndex
    for index in name.utf8.indices {
      let byte = name.utf8[index]
      guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") else { continue }
      separators += 1
      semicolons = semicolons || byte == UInt8(ascii: ";")
      lastSeparator = index
    }
    guard separators >= 2 else { return false }
    if semicolons { return true }
    // An enumeration inside one name ends with "and" ("Dinas Komunikasi, Informatika,
    // Statistik dan Persandian"); a list of applications does not.
    let last = name[lastSeparator...].lowercased()
    return !(last.contains(" dan ") || last.contains(" and ") || last.contains(" & "))
  }

  /// Reads the services at `positions` of `services`, whose units are `units`.
  init(
    _ services: [ServiceText], _ positions: ArraySlice<Int>, units: ArraySlice<Int32>,
    table: TokenTable, lexicon: Lexicon, owners: UnitOwners
  ) {
    self.table = table
    var scanner = TextScanner()
    var context = ContextNormaliser(lexicon: lexicon, owners: owners)
    var kindIndex: [String: Int32] = [:]
    var lastKind = ("", Int32(-1))
    var words: [Int32] = []
    var written: [Int32] = []
    var url: [UInt8] = []
    for (position, unit) in zip(positions, units) {
      // A cell that lists several applications ("Aplikasi Pusat: SIPD, e-Billing; Aplikasi
      // Daerah: SIMPEG, …") names none of them: its words would join every one it lists.
      let name = services[position].name
      scanner.scan(
        TextChunk.listsSeveralNames(name) ? "" : name, table: &self.table, into: &names)
      let kind = services[position].kind
      if kind != lastKind.0 {
        if let index = kindIndex[kind] {
          lastKind = (kind, index)
        } else {
          lastKind = (kind, Int32(kindNames.count))
          kindIndex[kind] = lastKind.1
          kindNames.append(kind)
        }
      }
      kinds.append(lastKind.1)
      _ = ContextNormaliser.urlKey(services[position].url, into: &url)
      url.withUnsafeBufferPointer { urls.append($0) }
      _ = ContextNormaliser.descriptionKey(services[position].description, into: &url)
      url.withUnsafeBufferPointer { descriptionTexts.append($0) }
      words.removeAll(keepingCapacity: true)
      if let description = services[position].description {
        context.contentWords(of: description, unit: unit, table: &self.table, into: &words)
      }
      descriptions.append(&words)
      words.removeAll(keepingCapacity: true)
      written.removeAll(keepingCapacity: true)
      for tag in services[position].tags {
        context.contentWords(of: tag, unit: unit, table: &self.table, into: &words)
        written.append(tag.withUTF8Bytes { keys.intern($0) })
      }
      tags.append(&words)
      tagNames.append(&written)
    }
  }
}
