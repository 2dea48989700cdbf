import RegistryModel
import SemVer
import TestSupport
import Testing

@testable import Exchange

/// Importing inventories: header mapping in Indonesian and English, ids, units, errors with
/// line numbers, all or nothing, re-import, and the exact round trip of a CSV export.
@Suite struct ImportTests {
  func document(_ text: String, name: String = "inventaris.csv") -> InventoryDocument {
    InventoryDocument(name: name, bytes: Array(text.utf8))
  }

  func emptyRegistry(units: [String] = []) -> Registry {
    var builder = RegistryBuilder(name: "test", units: [])
    for unit in units { builder.addUnit(unit) }
    return builder.registry
  }

  @Test func theCSVExportComesBackAsTheSameRegistry() throws {
    let original = HostileRegistry.registry
    let files = CSVExporter().export(try ExportSelection(registry: original))
    let plan = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
      services: InventoryDocument(name: "services.csv", bytes: files.services),
      links: InventoryDocument(name: "links.csv", bytes: files.links),
      against: Registry(settings: original.settings))
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    var imported = Registry(settings: original.settings)
    plan.apply(to: &imported)
    #expect(imported.units == original.units)
    for id in original.sortedServiceIDs {
      #expect(imported.services[id] == original.services[id], "\(id)")
    }
    #expect(imported == original)
    // The unregistered target is kept and said.
    #expect(
      plan.warnings.map(\.description) == [
        "links.csv:6: warning: 'ghost-service' is not registered; the link planned-app -> "
          + "ghost-service is kept and 'check' reports it as a missing target"
      ])
    // Again, into the result: nothing changes.
    let again = InventoryImporter().plan(
      services: InventoryDocument(name: "services.csv", bytes: files.services),
      links: InventoryDocument(name: "links.csv", bytes: files.links), against: imported)
    #expect(again.changesNothing)
    #expect(again.unchanged == original.services.count)
  }

  /// Found by the csv fuzzer: a kind cell that slugs to a known word ("\u{1}\0 Web" to "web")
  /// was kept as that word, which the next import read as another kind ("web" means
  /// application), so an exported import did not come back unchanged.
  @Test(arguments: ["\u{1}\u{0}\u{0} Web", "Web\u{7}", "\u{1}DB", "mobile\u{1F}"])
  func aKindWordHiddenByControlCharactersMeansWhatTheWordMeans(_ cell: String) throws {
    let kind = try #require(InventoryWords.serviceKind(cell))
    #expect(InventoryWords.serviceKind(kind.rawValue) == kind)
    #expect(["application", "database", "mobile-app"].contains(kind.rawValue))
    let link = try #require(InventoryWords.linkKind("\u{1}" + cell.filter { $0.isLetter }))
    #expect(InventoryWords.linkKind(link.rawValue) == link)
    #expect(
      InventoryWords.linkKind("\u{1}sso") == (try Kind(validating: "auth", field: "link kind")))
  }

  @Test func indonesianHeadersAndWordsAreUnderstood() throws {
    let text = """
      No;Nama Aplikasi;Satker;Status;Jenis;Versi;Alamat;Fungsi;Kategori
      1;SIAKAD;ptkn/uin-jakarta;Aktif;Aplikasi Web;2.1;https://s.id;Akademik;Akademik, Layanan
      2;SIMPEG;pusat/setjen;Tidak Aktif;Basis Data;;-;;
      3;E-Learning;ptkn/uin-jakarta;Dalam Pengembangan;aplikasi mobile;v1;;"Belajar; daring";
      4;Portal Lama;pusat/setjen;nonaktif;Portal;;;;

      """
    let registry = emptyRegistry(units: ["ptkn/uin-jakarta", "pusat/setjen"])
    let plan = InventoryImporter().plan(services: document(text), against: registry)
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    let fields = Dictionary(
      uniqueKeysWithValues: plan.columns.map { ($0.header, $0.field ?? "-") })
    #expect(
      fields == [
        "No": "-", "Nama Aplikasi": "name", "Satker": "unit", "Status": "lifecycle",
        "Jenis": "kind", "Versi": "versions", "Alamat": "url", "Fungsi": "description",
        "Kategori": "tags",
      ])
    let byID = Dictionary(uniqueKeysWithValues: plan.services.map { ($0.id.rawValue, $0) })
    #expect(byID.keys.sorted() == ["e-learning", "portal-lama", "siakad", "simpeg"])
    let siakad = try #require(byID["siakad"])
    #expect(siakad.lifecycle == .active)
    #expect(siakad.kind.rawValue == "application")
    #expect(siakad.versions.map(\.version.description) == ["2.1.0"])
    #expect(siakad.tags == ["Akademik", "Layanan"])
    #expect(siakad.url == "https://s.id")
    #expect(siakad.description == "Akademik")
    #expect(byID["simpeg"]?.lifecycle == .retired)
    #expect(byID["simpeg"]?.kind.rawValue == "database")
    #expect(byID["simpeg"]?.url == nil)
    #expect(byID["e-learning"]?.lifecycle == .planned)
    #expect(byID["e-learning"]?.kind.rawValue == "mobile-app")
    #expect(byID["e-learning"]?.versions.map(\.version.description) == ["1.0.0"])
    #expect(byID["e-learning"]?.description == "Belajar; daring")
    #expect(byID["portal-lama"]?.lifecycle == .retired)
  }

  @Test func mapChoosesAColumnAndUnitsAreFoundByNameOrAlias() throws {
    var builder = RegistryBuilder(name: "test", units: [])
    builder.addUnit("ptkn/uin-jakarta", name: "UIN Syarif Hidayatullah Jakarta")
    var registry = builder.registry
    registry.units[UnitPath("ptkn/uin-jakarta")!]!.aliases = ["UIN Jakarta"]
    let text = """
      Layanan Utama,Nama,Pemilik
      Sistem Akademik,ignored,uin jakarta
      Perpustakaan Digital,ignored,UIN Syarif Hidayatullah Jakarta

      """
    let options = ImportOptions(
      overrides: try ColumnOverrides(parsing: ["name=Layanan Utama", "description=Nama"]))
    let plan = InventoryImporter(options: options).plan(services: document(text), against: registry)
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    #expect(plan.services.map(\.id.rawValue) == ["perpustakaan-digital", "sistem-akademik"])
    #expect(plan.services.allSatisfy { $0.unit.description == "ptkn/uin-jakarta" })
    #expect(throws: ColumnOverridesError.self) { try ColumnOverrides(parsing: ["nama"]) }
    #expect(throws: ColumnOverridesError.self) { try ColumnOverrides(parsing: ["colour=X"]) }
  }

  @Test func everyBadRowIsReportedWithItsLineAndNothingIsPlanned() throws {
    let text = """
      id,name,unit,versions,lifecycle
      a,"A name
      that spans two lines",pusat,,
      b,B,pusat,not-a-version,
      c,C,nowhere/else,,
      a,A again,pusat,,
      d,D,pusat,1.0.0:done,
      e,E,Kanwil Aceh,,
      ,,,,
      f,F,pusat,,gone missing
      g,G,pusat,1.0.0:active:2025-02-30,
      h,H,pusat,,

      """
    let plan = InventoryImporter().plan(
      services: document(text), against: emptyRegistry(units: ["pusat"]))
    #expect(
      plan.errors.map(\.description) == [
        "inventaris.csv:2: error: the name spans lines; a name must fit on one line",
        "inventaris.csv:4: error: versions: 'not-a-version' is not a version; expected "
          + "MAJOR.MINOR.PATCH such as 2.1.0",
        "inventaris.csv:5: error: no unit 'nowhere/else' in units.toml; add it with add-unit, "
          + "or pass --create-units (or --skip-unknown-units)",
        "inventaris.csv:6: error: id 'a' is also on line 2",
        "inventaris.csv:7: error: versions: 'done' is not a lifecycle; use "
          + InventoryWords.lifecycleHelp,
        "inventaris.csv:8: error: unit 'Kanwil Aceh' is neither a unit path (such as "
          + "pusat/setjen) nor the name or alias of a unit in units.toml; pass --create-units "
          + "to create it as unit 'kanwil-aceh'",
        "inventaris.csv:10: error: 'gone missing' is not a lifecycle; use "
          + InventoryWords.lifecycleHelp
          + ", or say what it means with --map-value 'lifecycle:gone missing=LIFECYCLE'",
        "inventaris.csv:11: error: versions: '2025-02-30' is not a date; expected YYYY-MM-DD "
          + "(or day first, DD/MM/YYYY)",
      ])
  }

  @Test func importingAgainUpdatesInsteadOfDuplicating() throws {
    let registry = emptyRegistry(units: ["pusat/setjen"])
    let first = """
      nama,satker,versi
      Aplikasi Keuangan,pusat/setjen,1.0.0
      Portal Berita,pusat/setjen,

      """
    let plan = InventoryImporter().plan(services: document(first), against: registry)
    var after = registry
    plan.apply(to: &after)
    #expect(plan.added.map(\.rawValue) == ["aplikasi-keuangan", "portal-berita"])
    let second = """
      nama,satker,versi,url
      Aplikasi Keuangan,pusat/setjen,1.1.0,https://keuangan.example
      Portal Berita,pusat/setjen,,

      """
    let update = InventoryImporter().plan(services: document(second), against: after)
    #expect(update.added.isEmpty)
    #expect(update.unchanged == 1)
    #expect(
      update.updated == [
        ServiceChange(id: ServiceID("aplikasi-keuangan")!, fields: ["url", "versions"])
      ])
    update.apply(to: &after)
    #expect(after.services.count == 2)
    // Versions are history: the new one is added, the old one stays.
    #expect(
      after.services[ServiceID("aplikasi-keuangan")!]?.versions.map(\.version.description)
        == ["1.1.0", "1.0.0"])
  }

  @Test func idsFromNamesAreSlugsMadeUniqueByUnit() throws {
    let text = """
      nama,satker
      SIAKAD,ptkn/uin-jakarta
      SIAKAD,ptkn/uin-bandung
      Pendaftaran Haji (é) & Umrah,pusat/haji
      Pendaftaran Haji é Umrah,pusat/haji
      日本語,pusat/haji

      """
    let registry = emptyRegistry(units: ["ptkn/uin-jakarta", "ptkn/uin-bandung", "pusat/haji"])
    let plan = InventoryImporter().plan(services: document(text), against: registry)
    #expect(
      plan.errors.map(\.description) == [
        "inventaris.csv:6: error: cannot make an id from the name '日本語' (no letters a-z or "
          + "digits); add an id column"
      ])
    #expect(
      plan.services.map(\.id.rawValue).sorted() == [
        "pendaftaran-haji-e-umrah-haji", "pendaftaran-haji-e-umrah-haji-2",
        "siakad-uin-bandung", "siakad-uin-jakarta",
      ])
  }

  @Test func unknownUnitsAreCreatedWithAGuessedLevelOrSkipped() throws {
    let text = """
      id,name,unit
      a,A,pusat/setjen
      b,B,kanwil/aceh
      c,C,ptkn/uin-baru
      d,D,external/bkn
      e,E,lain/unit

      """
    let created = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
      services: document(text), against: emptyRegistry())
    #expect(created.errors.isEmpty)
    #expect(
      created.createdUnits.map { "\($0.path) \($0.level)" } == [
        "external/bkn external", "kanwil/aceh provincial", "lain/unit other",
        "ptkn/uin-baru university", "pusat/setjen central",
      ])
    let skipped = InventoryImporter(options: ImportOptions(unknownUnits: .skip)).plan(
      services: document(text), against: emptyRegistry(units: ["pusat/setjen"]))
    #expect(skipped.errors.isEmpty)
    #expect(skipped.added.map(\.rawValue) == ["a"])
    #expect(skipped.warnings.map(\.line) == [3, 4, 5, 6])
  }

  /// Real inventories name units as people do; with --create-units each name becomes one unit
  /// whose path is its slug, found again on the rows that repeat it.
  @Test func unitNamesBecomeUnitsNamedSoWithCreateUnits() throws {
    let text = """
      nama,unit
      Simaya,Dinas Komunikasi dan Informatika
      Silang,Bagian Pengadaan Barang dan Jasa
      Situs,DINAS KOMUNIKASI DAN INFORMATIKA
      Wungu,Kecamatan Wungu
      Numbered,031101

      """
    let refused = InventoryImporter().plan(services: document(text), against: emptyRegistry())
    #expect(
      refused.errors.first?.description
        == "inventaris.csv:2: error: unit 'Dinas Komunikasi dan Informatika' is neither a unit "
        + "path (such as pusat/setjen) nor the name or alias of a unit in units.toml; pass "
        + "--create-units to create it as unit 'dinas-komunikasi-dan-informatika'")
    let created = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
      services: document(text), against: emptyRegistry())
    #expect(created.errors.isEmpty, "\(created.errors)")
    #expect(
      created.createdUnits.map { "\($0.path) \($0.level) \($0.name)" } == [
        "031101 other 031101",
        "bagian-pengadaan-barang-dan-jasa other Bagian Pengadaan Barang dan Jasa",
        "dinas-komunikasi-dan-informatika other Dinas Komunikasi dan Informatika",
        "kecamatan-wungu district Kecamatan Wungu",
      ])
    #expect(
      created.services.filter { $0.unit.description == "dinas-komunikasi-dan-informatika" }
        .map(\.name) == ["Simaya", "Situs"])
  }

  @Test func aRowWithoutANameIsNamedByItsURLAndWithoutEitherRefused() throws {
    let text = """
      nama,url,unit
      ,https://ppid.bantenprov.go.id,pusat
      ,,pusat

      """
    let plan = InventoryImporter().plan(
      services: document(text), against: emptyRegistry(units: ["pusat"]))
    #expect(
      plan.errors.map(\.description) == [
        "inventaris.csv:3: error: the row has neither an id nor a name"
      ])
    let named = InventoryImporter().plan(
      services: document("nama,url,unit\n,https://ppid.bantenprov.go.id,pusat\n"),
      against: emptyRegistry(units: ["pusat"]))
    #expect(named.errors.isEmpty)
    #expect(named.services.map(\.name) == ["https://ppid.bantenprov.go.id"])
    #expect(named.services.map(\.id.rawValue) == ["https-ppid-bantenprov-go-id"])
    // Found by the CSV fuzzer (scripts/fuzz/corpus/csv/found-url-name-control-characters):
    // a URL with control characters named a service the next import refused.
    let controlled = InventoryImporter().plan(
      services: document("nama,url,unit\n,\"x.go.id/\u{4}a\",pusat\n"),
      against: emptyRegistry(units: ["pusat"]))
    #expect(
      controlled.errors.map(\.description) == [
        "inventaris.csv:2: error: new service 'x-go-id-a' has no name, and its URL cannot be "
          + "one: the name holds control characters"
      ])
    #expect(
      named.warnings.map(\.description) == [
        "inventaris.csv:2: warning: 'https-ppid-bantenprov-go-id' has no name; it is named by its "
          + "URL, https://ppid.bantenprov.go.id"
      ])
  }

  /// Headers of database exports: the surer of two names of one field reads it, and a keyword
  /// inside a header no name matches reads a field nothing else does.
  @Test func exportHeadersAreReadByRankAndByKeyword() throws {
    let text = """
      id_app,aplikasi,skpdapp,fungsiapp,keterangan,deskripsi,pengelola,link
      1,Simaya,Dinas Kominfo,Surat menyurat,catatan,Persuratan elektronik,Pusat,simaya.go.id

      """
    let plan = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
      services: document(text), against: emptyRegistry())
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    #expect(
      plan.columns.map { "\($0.header)=\($0.field ?? "-")" } == [
        "id_app=-", "aplikasi=name", "skpdapp=unit", "fungsiapp=-", "keterangan=-",
        "deskripsi=description", "pengelola=-", "link=url",
      ])
    let service = try #require(plan.services.first)
    #expect(service.unit.description == "dinas-kominfo")
    #expect(service.description == "Persuratan elektronik")
    let ranked = InventoryImporter().plan(
      services: document("nama aplikasi,nama\nA,B\n"), against: emptyRegistry())
    #expect(ranked.columns.map(\.field) == [nil, "name"])
    // Two equally sure names are still for the user to choose between.
    let same = InventoryImporter().plan(
      services: document("deskripsi,Deskripsi\nA,B\n"), against: emptyRegistry())
    #expect(same.errors.first?.message.contains("both read as description") == true)
  }

  @Test func mappedValuesReadAsTheWordsGivenAndOthersStillFail() throws {
    let text = """
      nama,unit,status
      A,pusat,Antrian
      B,pusat,N-Aktif
      C,pusat,Selesai

      """
    let values = try ValueMaps(parsing: ["lifecycle:antrian=planned"])
    let plan = InventoryImporter(options: ImportOptions(values: values)).plan(
      services: document(text), against: emptyRegistry(units: ["pusat"]))
    #expect(plan.errors.map(\.line) == [4], "\(plan.errors)")
    #expect(plan.errors.first?.message.hasPrefix("'Selesai' is not a lifecycle") == true)
    #expect(
      plan.services.map { "\($0.name) \($0.lifecycle)" } == ["A planned", "B retired"])
    #expect(values.descriptions == ["lifecycle: 'antrian' → planned"])
    #expect(throws: ColumnOverridesError.self) { try ValueMaps(parsing: ["lifecycle=x"]) }
    #expect(throws: ColumnOverridesError.self) { try ValueMaps(parsing: ["colour:red=x"]) }
  }

  @Test func linksReplaceTheLinksOfTheServicesNamed() throws {
    var builder = RegistryBuilder(name: "test", units: ["pusat"])
    builder.service("a")
    builder.service("b", versions: ["1.0.0"])
    builder.service("c")
    builder.link("a", "c")
    let services = "id,name\na,A\n"
    let links = """
      dari,ke,rentang,jenis,catatan
      a,b,^1,autentikasi,"login; ""SSO\"""
      a,b,^2,,
      a,zz,,,
      a,c,^^1,,

      """
    let plan = InventoryImporter().plan(
      services: document(services), links: document(links, name: "links.csv"),
      against: builder.registry)
    #expect(plan.errors.count == 2)
    #expect(
      plan.errors.first?.description == "links.csv:3: error: the link a -> b is also on line 2")
    #expect(plan.errors.last?.line == 5)
    #expect(plan.errors.last?.message.hasPrefix("range: ") == true, "\(plan.errors)")
    #expect(plan.warnings.map(\.line) == [4])
    let a = try #require(plan.services.first { $0.id.rawValue == "a" })
    #expect(a.links.map(\.target.rawValue) == ["b", "zz"])
    #expect(a.links[0].kind?.rawValue == "auth")
    #expect(a.links[0].note == "login; \"SSO\"")
    #expect(a.links[0].range.source == "^1")
  }

  /// Found by the CSV fuzzer (scripts/fuzz/corpus/csv/found-range-byte-order-mark): a range
  /// cell holding only a byte-order mark and a vertical tab was kept with an empty source,
  /// exported as an empty cell, and came back as `*`, another link.
  @Test(arguments: ["\u{FEFF}\u{0B}", "\u{FEFF}", " \u{FEFF} "])
  func aRangeCellSemVerReadsAsBlankMeansAnyRange(_ cell: String) throws {
    var builder = RegistryBuilder(name: "test", units: ["pusat"])
    builder.service("a")
    builder.service("b")
    let plan = InventoryImporter().plan(
      services: document("id,name\na,A\n"),
      links: document("from,to,range\na,b,\(cell)\n", name: "links.csv"),
      against: builder.registry)
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    let a = try #require(plan.services.first { $0.id.rawValue == "a" })
    #expect(a.links.map(\.range) == [.any])
  }
}
