import RegistryModel

/// The words inventories use for lifecycles, kinds and unit levels, in English and Indonesian,
/// compared as `ColumnName.normalised` compares headers.
enum InventoryWords {
  /// The lifecycle a status word means (`aktif` → active, `tidak aktif` → retired), if known.
  static func lifecycle(_ word: String) -> Lifecycle? {
    Lifecycle(rawValue: word) ?? lifecycles[ColumnName.normalised(word)]
  }

  /// The words accepted for each lifecycle, for error messages.
  static let lifecycleHelp =
    "planned (rencana, dalam pengembangan), active (aktif), deprecated (usang, akan dihentikan)"
    + " or retired (tidak aktif, nonaktif, naktif, dihentikan)"

  private static let lifecycles: [String: Lifecycle] = {
    var table: [String: Lifecycle] = [:]
    let words: [(Lifecycle, [String])] = [
      (
        .planned,
        [
          "planned", "rencana", "direncanakan", "dalam pengembangan", "pengembangan",
          "dikembangkan", "sedang dikembangkan", "development", "in development", "uji coba",
          "ujicoba", "pilot", "draft", "inisiasi", "usulan", "diusulkan", "perencanaan",
        ]
      ),
      (
        .active,
        [
          "active", "aktif", "berjalan", "digunakan", "dipakai", "operasional", "beroperasi",
          "produksi", "production", "live", "online", "in use",
        ]
      ),
      (
        .deprecated,
        [
          "deprecated", "usang", "akan dihentikan", "segera dihentikan", "ditinggalkan", "legacy",
          "phase out", "phasing out",
        ]
      ),
      (
        .retired,
        [
          "retired", "tidak aktif", "nonaktif", "non aktif", "inactive", "mati", "dihentikan",
          "tidak digunakan", "tidak dipakai", "pensiun", "offline", "decommissioned",
          // Abbreviations of database exports (sts_aktif = naktif) and spreadsheets.
          "naktif", "n aktif", "tdk aktif", "non active",
        ]
      ),
    ]
    for (lifecycle, names) in words {
      for name in names { table[ColumnName.normalised(name)] = lifecycle }
    }
    return table
  }()

  /// The service kind a kind word means: a known word (`aplikasi` → application, `basis data`
  /// → database), else the word made into an identifier; `nil` when nothing is left of it.
  static func serviceKind(_ word: String) -> Kind? {
    // The registry's own words come first and need no normalising: the common case in bulk.
    if serviceKinds[word] == nil, let kind = try? Kind(validating: word) { return kind }
    let key = ColumnName.normalised(word)
    if let known = serviceKinds[key] { return try? Kind(validating: known) }
    let slug = Slug.make(word)
    // A word that becomes a known word only once slugged ("\u{1}Web") means what that word
    // means: else the kind written back ("web") would read as another kind when imported again.
    if let known = serviceKinds[ColumnName.normalised(slug)] { return try? Kind(validating: known) }
    return try? Kind(validating: slug)
  }

  private static let serviceKinds: [String: String] = [
    "aplikasi": "application", "aplikasi web": "application", "web": "application",
    "sistem informasi": "application", "api": "api", "layanan api": "api",
    "web service": "api", "webservice": "api", "basis data": "database", "database": "database",
    "db": "database", "portal": "portal", "situs": "website", "situs web": "website",
    "website": "website", "aplikasi mobile": "mobile-app", "aplikasi seluler": "mobile-app",
    "aplikasi android": "mobile-app", "mobile": "mobile-app", "mobile app": "mobile-app",
    "platform": "platform", "infrastruktur": "infrastructure",
    "infrastructure": "infrastructure", "pustaka": "library", "library": "library",
  ]

  /// The link kind a word means (`autentikasi` → auth, `pembayaran` → payment), else the word
  /// made into an identifier; `nil` when nothing is left of it.
  static func linkKind(_ word: String) -> Kind? {
    if linkKinds[word] == nil, let kind = try? Kind(validating: word, field: "link kind") {
      return kind
    }
    let key = ColumnName.normalised(word)
    let slug = linkKinds[key] == nil ? Slug.make(word) : ""
    // As for service kinds: a word that slugs to a known word means what that word means.
    let kind = linkKinds[key] ?? linkKinds[ColumnName.normalised(slug)] ?? slug
    return try? Kind(validating: kind, field: "link kind")
  }

  private static let linkKinds: [String: String] = [
    "autentikasi": "auth", "otentikasi": "auth", "login": "auth", "sso": "auth",
    "pembayaran": "payment", "pengumpan": "feeder",
  ]

  /// The unit level a level word means (`pusat` → central, `kanwil` → provincial), if known.
  static func unitLevel(_ word: String) -> UnitLevel? {
    if let level = UnitLevel(rawValue: word) { return level }
    let key = ColumnName.normalised(word)
    return UnitLevel(rawValue: key) ?? unitLevels[key]
  }

  private static let unitLevels: [String: UnitLevel] = [
    "pusat": .central, "kanwil": .provincial, "provinsi": .provincial, "kabupaten": .district,
    "kota": .district, "kankemenag": .district, "ptkn": .university, "ptkin": .university,
    "universitas": .university, "perguruan tinggi": .university, "eksternal": .external,
    "lainnya": .other,
  ]

  /// The level a new unit gets from its path's first segment: `pusat` central, `kanwil`
  /// provincial, `ptkn` university, `external` external, … and `other` for anything else.
  static func guessedLevel(of path: UnitPath) -> UnitLevel {
    unitLevel(path.root) ?? .other
  }

  /// The level a unit named `name` most likely has, from the words that name kinds of office
  /// (Kanwil: provincial, Kecamatan or Kabupaten: district, Universitas or UIN: university).
  static func guessedLevel(ofName name: String) -> UnitLevel {
    let words = Set(ColumnName.normalised(name).split(separator: " ").map(String.init))
    if !words.isDisjoint(with: ["kanwil", "provinsi", "prov"]) { return .provincial }
    if !words.isDisjoint(with: ["universitas", "uin", "iain", "stain", "institut", "politeknik"]) {
      return .university
    }
    if !words.isDisjoint(with: ["kecamatan", "kabupaten", "kab", "kota", "kelurahan", "desa"]) {
      return .district
    }
    if !words.isDisjoint(with: ["kementerian", "kemenag", "pusat", "direktorat", "ditjen"]) {
      return .central
    }
    return .other
  }
}
