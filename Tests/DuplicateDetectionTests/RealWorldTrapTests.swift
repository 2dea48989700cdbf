import RegistryModel
import Testing

@testable import DuplicateDetection

/// The traps real inventories set (a city's SPBE list, a province's list of sites): URLs that
/// differ only in the query, cells that are not URLs, portals that many systems were entered
/// under, cells that list several applications, and every office's own website.
@Suite struct RealWorldTrapTests {
  @Test(arguments: [
    (
      "https://play.google.com/store/apps/details?id=com.denpasar.pro&hl=in", true,
      "play.google.com/store/apps/details?id=com.denpasar.pro"
    ),
    ("HTTP://WWW.Simpeg.madiunkab.go.id/login/", true, "simpeg.madiunkab.go.id"),
    ("https://x.go.id/index.php?utm_source=wa&b=2&a=1#top", true, "x.go.id?a=1&b=2"),
    ("VPN | Sumber: VPN", false, ""),
    ("https://sipd.kemendagri.go.id | Sumber: sipd", true, "sipd.kemendagri.go.id"),
    ("Aplikasi desktop", false, ""),
    ("10.10.1.5:8080/app", true, "10.10.1.5:8080/app"),
  ])
  func urlsAreComparedByWhatTheyLeadTo(_ url: String, _ isURL: Bool, _ key: String) {
    var bytes: [UInt8] = []
    #expect(ContextNormaliser.urlKey(url, into: &bytes) == isURL)
    #expect(String(decoding: bytes, as: UTF8.self) == key)
  }

  @Test("two apps on one app store are not one, and two names under one portal URL neither")
  func sharedStoresAndPortalsAreNotDuplicates() {
    var estate = Estate.standard
    estate.service(
      "pro", "PRO Denpasar", url: "https://play.google.com/store/apps/details?id=id.pro&hl=in")
    estate.service(
      "sewaka", "e-Sewaka Dharma", url: "https://play.google.com/store/apps/details?id=id.sewaka")
    estate.service("sijalak", "SIJALAK Jalan Kota", url: "https://damamandala.denpasarkota.go.id")
    estate.service(
      "rajakol", "Rekomendasi Jasa Konstruksi", url: "https://damamandala.denpasarkota.go.id")
    estate.service(
      "pro-ios", "PRO Denpasar iOS", url: "https://play.google.com/store/apps/details?id=id.pro")
    #expect(!estate.together("pro", "sewaka"))
    #expect(!estate.together("sijalak", "rajakol"))
    // The same app under two names that agree is still certain.
    let certain = estate.finder.certainDuplicates(in: estate.registry)
    #expect(certain.map { Set($0.services.map(\.rawValue)) } == [["pro", "pro-ios"]])
  }

  @Test("a cell listing several applications names none of them")
  func listsOfApplicationsBridgeNothing() {
    var estate = Estate.standard
    let list = "Aplikasi Pusat : SIPD-RI, e-Billing Pajak; Aplikasi Daerah : SIMPEG, Satu Data"
    estate.service("list-1", list, url: "https://sipd.kemendagri.go.id")
    estate.service("list-2", list, url: "https://simpeg.madiunkab.go.id")
    estate.service("sipd", "SIPD", unit: "ptkn/uin-malang", url: "https://sipd.kemendagri.go.id")
    estate.service(
      "simpeg", "SIMPEG", unit: "ptkn/uin-medan", url: "https://simpeg.madiunkab.go.id")
    #expect(estate.together("list-1", "sipd"))
    #expect(estate.together("list-2", "simpeg"))
    #expect(!estate.together("sipd", "simpeg"))
    #expect(!estate.together("list-1", "list-2"))
  }

  @Test("every office's own website is one job, whatever the office does")
  func officeWebsitesAreOneJob() {
    var estate = Estate()
    for (path, name) in [
      ("bkd", "Badan Kepegawaian Daerah"), ("dinkes", "Dinas Kesehatan"),
      ("dispendik", "Dinas Pendidikan"),
    ] {
      estate.unit(path, name, level: .other)
    }
    estate.service(
      "web-bkd", "Situs Resmi Perangkat Daerah - Badan Kepegawaian Daerah Provinsi Banten",
      unit: "bkd")
    estate.service("web-dinkes", "Website Dinas Kesehatan", unit: "dinkes")
    estate.service("web-dispendik", "Portal Resmi Dinas Pendidikan", unit: "dispendik")
    estate.service("simpeg", "Sistem Informasi Kepegawaian", unit: "bkd")
    estate.service("web-ppdb", "Website PPDB Online", unit: "dispendik")
    #expect(estate.together("web-bkd", "web-dinkes"))
    #expect(estate.together("web-bkd", "web-dispendik"))
    #expect(!estate.together("web-bkd", "simpeg"))
    // A site about something else than the office is not the office's own.
    #expect(!estate.together("web-dispendik", "web-ppdb"))
  }

  /// From Banten's inventory: offices' sites named after an office other than the unit's own
  /// name (or a request for one) were each left alone.
  @Test("a website word followed by any office's name is an office's site")
  func aSiteNamedAfterAnyOfficeIsAnOfficesSite() {
    var estate = Estate()
    estate.unit("bapenda", "Badan Pendapatan Daerah", level: .other)
    estate.unit("diskominfo", "Dinas Komunikasi dan Informatika", level: .other)
    estate.unit("rsud", "RSUD Malingping", level: .other)
    estate.unit("ptkn/iain-sorong", "IAIN Sorong")
    estate.service("web-bapenda", "Website Badan Pengelolaan Pendapatan Negara", unit: "bapenda")
    estate.service("web-ki", "Permohonan Website Komisi Informasi", unit: "diskominfo")
    estate.service("web-rs", "Website Rumah Sakit Umum Daerah Malingping", unit: "rsud")
    estate.service(
      "situs", "Situs Resmi Perangkat Daerah - Dinas Komunikasi dan Informatika",
      unit: "diskominfo")
    // Commas that enumerate within one office's name do not make a list of applications.
    estate.service(
      "situs-2",
      "Situs Resmi Perangkat Daerah - Dinas Komunikasi, Informatika, Statistik dan "
        + "Persandian", unit: "diskominfo")
    // A job before the website word makes it that job's site.
    estate.service("journal", "Journal Portal IAIN Sorong", unit: "ptkn/iain-sorong")
    estate.service("ppdb", "Website PPDB Online", unit: "diskominfo")
    #expect(estate.together("web-bapenda", "web-ki"))
    #expect(estate.together("web-bapenda", "web-rs"))
    #expect(estate.together("web-bapenda", "situs"))
    #expect(estate.together("web-bapenda", "situs-2"))
    #expect(!estate.together("web-bapenda", "journal"))
    #expect(!estate.together("web-bapenda", "ppdb"))
  }

  /// From Madiun's inventory: every district listed the civil service agency's national
  /// systems beside its own personnel system, each under its own spelling.
  @Test("the civil service's national systems are the personnel job, however they are spelled")
  func nationalPersonnelSystemsArePersonnel() {
    var estate = Estate()
    for (index, name) in [
      "SIMPEG", "My ASN", "MyASN BKN", "SIASN", "My.SAPK", "E.Pegawai", "ASN Digital",
      "SIASN-Instansi",
    ].enumerated() {
      estate.unit("kec-\(index)", "Kecamatan \(index)", level: .district)
      estate.service("p\(index)", name, unit: "kec-\(index)", description: "Aplikasi kepegawaian")
    }
    estate.unit("kec-x", "Kecamatan X", level: .district)
    estate.service("presensi", "E-Presensi ASN", unit: "kec-x", description: "Absensi harian")
    estate.service("kinerja", "E-Kinerja", unit: "kec-x", description: "Laporan kinerja pegawai")
    for index in 1..<8 { #expect(estate.together("p0", "p\(index)"), "p\(index)") }
    #expect(!estate.together("p0", "presensi"))
    #expect(!estate.together("p0", "kinerja"))
  }

  /// From Denpasar's inventory: the city's name, which many names carry, joined its data
  /// centre and its portal to a complaints app.
  @Test("a place named after 'Kota' or 'Kabupaten' is an owner, not a job")
  func placeNamesAfterKotaAreOwners() {
    var estate = Estate()
    estate.unit("030801", "030801", level: .other)
    estate.service("pro-android", "PRO Denpasar Mobile Android", unit: "030801")
    estate.service("pro-ios", "Pro Denpasar IOS", unit: "030801")
    estate.service("data", "Pusat Data Kota Denpasar", unit: "030801")
    estate.service("portal", "Web Portal Kota Denpasar", unit: "030801")
    #expect(estate.together("pro-android", "pro-ios"))
    #expect(!estate.together("pro-android", "data"))
    #expect(!estate.together("pro-android", "portal"))
  }

  /// From Banten's inventory: the travel-order app of the communications office kept the job
  /// words of the office's name, written after a dash, and stayed apart from the others.
  @Test("an office's name after a dash says whose a service is, not what it does")
  func anOfficeNameAfterADashIsTheOwner() {
    var estate = Estate()
    estate.unit("biro", "Biro Administrasi Pembangunan Daerah", level: .other)
    estate.unit("kominfo", "Dinas Kominfo", level: .other)
    estate.service(
      "sppd-biro",
      "Aplikasi Surat Perintah Perjalanan Dinas Perangkat Daerah - Biro Administrasi "
        + "Pembangunan Daerah Provinsi Banten", unit: "biro")
    estate.service(
      "sppd-kominfo",
      "Aplikasi Surat Perintah Perjalanan Dinas Perangkat Daerah - Dinas Komunikasi, "
        + "Informatika, Statistik, dan Persandian Provinsi Banten", unit: "kominfo")
    // Words after a dash that do not begin an office's name stay the job's.
    estate.service("statistik", "Portal Data - Statistik Sektoral", unit: "kominfo")
    #expect(estate.together("sppd-biro", "sppd-kominfo"))
    #expect(!estate.together("sppd-kominfo", "statistik"))
  }

  /// From Madiun's inventory: the population office's SIAK spelled out was left apart from
  /// the SIAK of every district, because its unit's name holds "kependudukan".
  @Test("a name that spells out its acronym keeps the words its office's name shares")
  func aDeclaredPhraseKeepsItsOwnersWords() {
    var estate = Estate()
    estate.unit("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", level: .other)
    estate.unit("kec-a", "Kecamatan Wungu", level: .district)
    estate.unit("kec-b", "Kecamatan Jiwan", level: .district)
    estate.service(
      "siak-dinas", "Sistem Informasi dan Administrasi Kependudukan (SIAK)", unit: "dukcapil",
      description: "Aplikasi utama untuk pelayanan adminduk")
    estate.service("siak-a", "SIAK", unit: "kec-a", description: "Sistem Informasi Kependudukan")
    estate.service("siak-b", "SIAK", unit: "kec-b", description: "Aplikasi data kependudukan")
    // The office's own words still go from a name that declares nothing.
    estate.service("web-dukcapil", "Website Dinas Kependudukan", unit: "dukcapil")
    #expect(estate.together("siak-dinas", "siak-a"))
    #expect(estate.together("siak-a", "siak-b"))
    #expect(!estate.together("web-dukcapil", "siak-a"))
  }

  @Test("services described by the very same sentence are one job, whatever their names")
  func theSameDescriptionIsOneJob() {
    var estate = Estate()
    estate.unit("kec", "Kecamatan Denpasar Timur", level: .district)
    let sentence = "Mengolah data, mencatat dan melayani administrasi warga."
    estate.service("sikekal", "SIKEKAL", unit: "kec", description: sentence)
    estate.service("simadu", "SIMADU Kesiman Terpadu", unit: "kec", description: sentence)
    estate.service(
      "sipena", "SIPENA", unit: "kec",
      description: "mengolah DATA mencatat dan melayani administrasi warga")
    // Too short to be more than a coincidence.
    estate.service("siak", "SIAK", unit: "kec", description: "Aplikasi kepegawaian")
    estate.service("simpeg", "SIMPEG", unit: "kec", description: "Aplikasi kepegawaian")
    #expect(estate.together("sikekal", "simadu"))
    #expect(estate.together("sikekal", "sipena"))
    #expect(!estate.together("siak", "simpeg"))
    let cluster = estate.clusters().first { $0.services.contains(ServiceID("sikekal")!) }
    #expect(
      cluster?.evidence.contains(
        .sameDescription("mengolah data mencatat dan melayani administrasi warga")) == true)
  }

  @Test("a name left with only generic words matches only a name left with the same words")
  func genericWordsAloneJoinNothingElse() {
    var estate = Estate()
    estate.unit("kel-sumerta", "Kelurahan Sumerta", level: .district)
    estate.unit("kel-dangin", "Kelurahan Dangin Puri", level: .district)
    estate.unit("disdukcapil", "Dinas Kependudukan", level: .other)
    estate.service("si-sumerta", "Sistem Informasi Kelurahan Sumerta", unit: "kel-sumerta")
    estate.service("si-dangin", "Sistem Informasi Kelurahan Dangin Puri", unit: "kel-dangin")
    estate.service(
      "siak", "Sistem Informasi Administrasi Kependudukan (SIAK)", unit: "disdukcapil")
    #expect(estate.together("si-sumerta", "si-dangin"))
    #expect(!estate.together("si-sumerta", "siak"))
  }

  @Test("the electronic prefix written apart is no word two names can share")
  func aSeparateEIsNoSharedWord() {
    var estate = Estate.standard
    estate.service("e-pbb", "E - PBB", description: "Manajemen pajak bumi dan bangunan")
    estate.service("e-puskesmas", "E - Puskesmas", unit: "ptkn/uin-malang")
    estate.service("pbb", "PBB Online", unit: "ptkn/uin-medan")
    #expect(!estate.together("e-pbb", "e-puskesmas"))
    #expect(estate.together("e-pbb", "pbb"))
  }
}
