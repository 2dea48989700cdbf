/// Turns descriptions and tags into content words: function, generic and owner words dropped,
/// numbers dropped, phrases and synonyms mapped to their canonical word (`staff records` and
/// `data pegawai` both give `kepegawaian`); O(length of the text).
struct ContextNormaliser {
  let lexicon: Lexicon
  let owners: UnitOwners
  private var scanner = TextScanner()
  private var scratch = TokenStream()
  private var kept: [Int32] = []

  /// A normaliser with the vocabulary and the units' owner words.
  init(lexicon: Lexicon, owners: UnitOwners) {
    self.lexicon = lexicon
    self.owners = owners
  }

  /// Appends the content words of `text`, for a service of unit `unit`, to `words`.
  mutating func contentWords(
    of text: String, unit: Int32, table: inout TokenTable, into words: inout [Int32]
  ) {
    scratch.reset()
    scanner.scan(text, table: &table, into: &scratch)
    kept.removeAll(keepingCapacity: true)
    for (position, id) in scratch.ids.enumerated()
    where !scratch.shapes[position].contains(.numeric)
      && !lexicon.wordClass(id).contains(.function)
    {
      kept.append(id)
    }
    var index = 0
    while index < kept.count {
      var word = kept[index]
      var length = 1
      if let match = lexicon.phrase(in: kept, at: index) {
        word = match.concept
        length = match.length
      }
      let raw = kept[index]
      index += length
      let mapped = lexicon.canonical(word)
      if !lexicon.wordClass(mapped).isDisjoint(with: [.generic, .owner, .version])
        || !lexicon.wordClass(raw).isDisjoint(with: [.generic, .owner])
        || owners.owns(unit, raw) || table.length(mapped) < 2
      {
        continue
      }
      words.append(mapped)
    }
  }

  /// Writes the normalised form of a URL into `key`: lower case, without the scheme, `www.`,
  /// the fragment, a trailing slash or a last `index.php`, `index.html` or `login` step, and
  /// with the query's parameters sorted and those that only track or set a language
  /// (`utm_*`, `fbclid`, `gclid`, `hl`, `gl`, `lang`) left out: two apps on one app store differ
  /// in their query (`details?id=…`), which identifies them. Text that is not a URL (no host
  /// with a dot, such as `VPN`) gives `false`; of a cell holding more than a URL, its first
  /// word that is one counts. O(length).
  static func urlKey(_ url: String?, into key: inout [UInt8]) -> Bool {
    key.removeAll(keepingCapacity: true)
    guard let url else { return false }
    var found: Substring.UTF8View?
    for word in url.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" || $0 == "," }) {
      if looksLikeURL(word.utf8) {
        found = word.utf8
        break
      }
    }
    guard let text = found else { return false }
    var query: [UInt8] = []
    var inQuery = false
    for byte in text {
      if byte == UInt8(ascii: "#") { break }
      let lowered = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
      if !inQuery && lowered == UInt8(ascii: "?") {
        inQuery = true
        continue
      }
      if inQuery { query.append(lowered) } else { key.append(lowered) }
    }
    for scheme in ContextNormaliser.urlPrefixes where key.starts(with: scheme) {
      key.removeFirst(scheme.count)
    }
    while key.last == UInt8(ascii: "/") { key.removeLast() }
    for ending in ContextNormaliser.pageEndings
    where key.count > ending.count && key.suffix(ending.count).elementsEqual(ending) {
      key.removeLast(ending.count)
      while key.last == UInt8(ascii: "/") { key.removeLast() }
    }
    let parameters = query.split(separator: UInt8(ascii: "&")).filter { parameter in
      let name = parameter.prefix { $0 != UInt8(ascii: "=") }
      return !name.isEmpty && !ContextNormaliser.ignoredParameters.contains(Array(name))
        && !name.starts(with: Array("utm_".utf8))
    }.sorted { $0.lexicographicallyPrecedes($1) }
    if !parameters.isEmpty {
      key.append(UInt8(ascii: "?"))
      for (index, parameter) in parameters.enumerated() {
        if index > 0 { key.append(UInt8(ascii: "&")) }
        key.append(contentsOf: parameter)
      }
    }
    return !key.isEmpty
  }

  /// Writes the words of a description into `key`, lower case, letters and digits only, one
  /// space between words; `false` (and `key` empty) when it has fewer than four words or
  /// twenty letters, too little for two equal texts to be more than a coincidence. Two
  /// services described by the very same sentence ("Mengolah data, mencatat dan melayani
  /// administrasi kelurahan") were entered as the same job. O(length).
  static func descriptionKey(_ description: String?, into key: inout [UInt8]) -> Bool {
    key.removeAll(keepingCapacity: true)
    guard let description else { return false }
    var words = 0
    var letters = 0
    var pendingSpace = false
    for byte in description.utf8 {
      let lowered = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
      let isWordByte =
        (0x61...0x7a).contains(lowered) || (0x30...0x39).contains(lowered) || lowered >= 0x80
      if isWordByte {
        if pendingSpace || key.isEmpty {
          if !key.isEmpty { key.append(UInt8(ascii: " ")) }
          words += 1
          pendingSpace = false
        }
        key.append(lowered)
        letters += 1
      } else {
        pendingSpace = true
      }
    }
    guard words >= 4, letters >= 20 else {
      key.removeAll(keepingCapacity: true)
      return false
    }
    return true
  }

  /// Whether `word` names a place on the web: an optional scheme, then a host with a dot (or
  /// `localhost`) and no spaces.
  private static func looksLikeURL(_ word: Substring.UTF8View) -> Bool {
    var rest = word[...]
    // Any scheme, in any case: `HTTP://`, `https://`.
    if let colon = rest.firstIndex(of: UInt8(ascii: ":")),
      rest[colon...].starts(with: "://".utf8),
      rest[..<colon].allSatisfy({ (0x41...0x5a).contains($0) || (0x61...0x7a).contains($0) })
    {
      rest = rest[rest.index(colon, offsetBy: 3)...]
    }
    let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") }
    guard let dot = host.firstIndex(of: UInt8(ascii: ".")) else {
      return host.elementsEqual("localhost".utf8) || host.starts(with: "localhost:".utf8)
    }
    // A dot with letters or digits on both sides: `siakad.uin.ac.id`, `10.1.2.3`, not `...`.
    return dot != host.startIndex && host.index(after: dot) != host.endIndex
      && host.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
          || byte >= 0x80
      }
  }

  /// Query parameters that say nothing about what a URL leads to.
  private static let ignoredParameters: Set<[UInt8]> = Set(
    ["fbclid", "gclid", "hl", "gl", "lang", "ref", "source"].map { Array($0.utf8) })

  /// Last steps of a path that lead to the same application as the path without them.
  private static let pageEndings = [
    Array("/index.php".utf8), Array("/index.html".utf8), Array("/index.htm".utf8),
    Array("/auth/login".utf8), Array("/login".utf8),
  ]

  /// What a URL may start with that says nothing about where it leads, in the order they come.
  private static let urlPrefixes = [
    Array("https://".utf8), Array("http://".utf8), Array("www.".utf8),
  ]
}
