import RegistryModel
import Testing

@testable import DuplicateDetection

/// One test per normalisation rule: each name's core (the words left that say what the service
/// does) is checked, with the rule's variants as arguments.
@Suite struct NormalisationTests {
  /// The core of `name`, a service of `unit`, in an estate holding `others` too.
  static func core(
    _ name: String, unit: String = "ptkn/uin-jakarta", others: [(String, String)] = [],
    settings: DuplicateSettings = DuplicateSettings()
  ) -> [String] {
    var estate = Estate.standard
    estate.settings = settings
    estate.service("subject", name, unit: unit)
    for (number, other) in others.enumerated() {
      estate.service("other-\(number)", other.0, unit: other.1)
    }
    return estate.cores["subject"] ?? []
  }

  @Test(
    "case, punctuation, accents and hyphens do not matter",
    arguments: [
      "Sistem Informasi Akademik", "SISTEM INFORMASI AKADEMIK", "sistem-informasi akademik!",
      "Sistem  Informasi, Akademik.", "Sistém Informasi Akadémik",
    ])
  func caseAndPunctuation(_ name: String) {
    #expect(Self.core(name) == ["akademik"])
  }

  @Test(
    "generic words go",
    arguments: [
      ("Aplikasi Layanan Kepegawaian Online", "kepegawaian"),
      ("Sistem Informasi Manajemen Keuangan Terpadu", "keuangan"),
      ("Perpustakaan Digital Berbasis Online", "perpustakaan"),
      ("Smart Mobile App Haji", "haji"),
    ])
  func genericWords(_ name: String, _ core: String) {
    #expect(Self.core(name) == [core])
  }

  @Test(
    "the owner's own name, aliases, derived acronyms and provinces go",
    arguments: [
      ("SIAKAD UIN Syarif Hidayatullah Jakarta", "ptkn/uin-jakarta", "akademik"),
      ("SIAKAD UIN Jakarta", "ptkn/uin-jakarta", "akademik"),
      ("e-Office UINSU", "ptkn/uin-medan", "persuratan"),
      ("e-Office UIN SUM", "ptkn/uin-medan", "persuratan"),
      ("Presensi Online Kanwil Kemenag Jawa Barat", "kanwil/jawa-barat", "presensi"),
      ("SIMPEG Kanwil Jabar", "kanwil/jawa-barat", "kepegawaian"),
      ("Aplikasi Haji Kemenag Kab. Bogor", "kankemenag/bogor", "haji"),
    ])
  func ownerWords(_ name: String, _ unit: String, _ core: String) {
    #expect(Self.core(name, unit: unit) == [core])
  }

  @Test("a name that declares an acronym teaches it to the others")
  func declaredAcronyms() {
    let others = [("SIWAK – Sistem Informasi Wakaf", "pusat/setjen")]
    #expect(Self.core("SIWAK Kanwil Jabar", unit: "kanwil/jawa-barat", others: others) == ["wakaf"])
    let parenthesis = [("Sistem Informasi Tahfidz (SITAH)", "pusat/setjen")]
    #expect(Self.core("SITAH UIN Jakarta", others: parenthesis) == ["tahfidz"])
  }

  @Test("configured acronyms come first")
  func configuredAcronyms() {
    let settings = DuplicateSettings(acronyms: ["SIMBAR": "sistem informasi barang"])
    #expect(Self.core("SIMBAR UIN Jakarta", settings: settings) == ["barang"])
  }

  @Test("an acronym matching the initials of another name is read as it")
  func initials() {
    let others = [("Sistem Penjadwalan Ruang Kuliah", "pusat/setjen")]
    #expect(
      Self.core("SPRK UIN Jakarta", others: others) == ["kuliah", "penjadwalan", "ruang"])
  }

  @Test(
    "SI and SIM + the start of a known word",
    arguments: [("SIPEG Kanwil Jabar", "kepegawaian"), ("SIHAJI Kanwil Jabar", "haji")])
  func siPatterns(_ name: String, _ core: String) {
    #expect(Self.core(name, unit: "kanwil/jawa-barat") == [core])
  }

  @Test(
    "e- prefixes come off",
    arguments: [
      ("e-RKAM", "ERKAM"), ("eRKAM", "ERKAM"), ("eAkademik", "Akademik"),
      ("E-Akademik", "Akademik"), ("ekinerja", "Kinerja"),
    ])
  func ePrefixes(_ prefixed: String, _ plain: String) {
    let declaration = [("RKAM – Rencana Kerja dan Anggaran Madrasah", "pusat/ditjen-pendis")]
    #expect(
      Self.core(prefixed, others: declaration) == Self.core(plain, others: declaration))
    #expect(!Self.core(prefixed, others: declaration).isEmpty)
  }

  @Test(
    "version suffixes go",
    arguments: ["SIMKAH GEN.4", "SIMKAH v2", "SIMKAH 4.0", "SIMKAH Cloud", "SIMKAH Versi 3"])
  func versions(_ name: String) {
    let others = [("SIMKAH – Sistem Informasi Manajemen Nikah", "pusat/setjen")]
    #expect(Self.core(name, others: others) == ["nikah"])
  }

  @Test(
    "English job words read as Indonesian",
    arguments: [
      ("Academic Portal", "akademik"), ("Finance System", "keuangan"),
      ("Employee Information System", "kepegawaian"), ("Staff Records", "kepegawaian"),
      ("Library Management System", "perpustakaan"), ("Student Admission Portal", "admisi"),
      ("Human Resource Information System", "kepegawaian"), ("PMB Online", "admisi"),
    ])
  func translations(_ name: String, _ core: String) {
    #expect(Self.core(name).contains(core))
  }

  @Test("a misspelt word is read as the word meant", arguments: ["Akadmik", "Akademk"])
  func typos(_ word: String) {
    #expect(Self.core("Sistem Informasi \(word)") == ["akademik"])
  }
}
