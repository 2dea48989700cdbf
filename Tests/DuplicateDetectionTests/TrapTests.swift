import RegistryModel
import Testing

@testable import DuplicateDetection

/// One test per kind of trap of the domain: one acronym for different jobs, different names for
/// one job, one job in two languages, and names that share only owner or generic words.
@Suite struct TrapTests {
  @Test("one acronym used for different jobs is told apart by descriptions and tags")
  func sameAcronymDifferentJobs() {
    var estate = Estate.standard
    estate.service(
      "simsarpras", "SIMSARPRAS – Sistem Informasi Manajemen Sarana dan Prasarana",
      unit: "pusat/ditjen-pendis",
      description: "Data sarana prasarana madrasah dan usulan bantuan rehabilitasi kelas.",
      tags: ["madrasah", "sarpras", "bantuan"])
    estate.service(
      "simsarpras-jakarta", "SIMSARPRAS UIN Jakarta",
      description: "Peminjaman ruang kuliah, aula dan kendaraan.", tags: ["sarpras", "peminjaman"])
    estate.service(
      "simsarpras-malang", "SIMSARPRAS UIN Maliki", unit: "ptkn/uin-malang",
      description: "Booking of lecture rooms, halls and vehicles.", tags: ["peminjaman"])
    estate.service(
      "simsarpras-klinik", "SIMSARPRAS Klinik Pratama", unit: "other/klinik",
      description: "Inventaris alat kesehatan dan jadwal pemeliharaan gedung klinik.",
      tags: ["kesehatan"])
    #expect(estate.together("simsarpras-jakarta", "simsarpras-malang"))
    for campus in ["simsarpras-jakarta", "simsarpras-malang", "simsarpras-klinik"] {
      #expect(!estate.together("simsarpras", campus), "\(campus)")
    }
    #expect(!estate.together("simsarpras-klinik", "simsarpras-jakarta"))
  }

  @Test("an acronym declared with two meanings is not expanded where it stands alone")
  func declaredWithTwoMeanings() {
    var estate = Estate.standard
    estate.service(
      "siaga", "SIAGA Pendis – Sistem Informasi dan Administrasi Guru Agama",
      unit: "pusat/ditjen-pendis")
    estate.service("siaga-jakarta", "SIAGA UIN Jakarta – Sistem Aduan dan Gangguan TIK")
    estate.service("siaga-medan", "SIAGA UINSU", unit: "ptkn/uin-medan")
    estate.service("guru", "Sistem Informasi Guru Agama Kanwil Jabar", unit: "kanwil/jawa-barat")
    #expect(estate.cores["siaga-medan"] == ["siaga"])
    #expect(estate.together("siaga", "guru"))
    #expect(!estate.together("siaga", "siaga-jakarta"))
  }

  @Test("different names for one job are one cluster")
  func differentNamesOneJob() {
    var estate = Estate.standard
    estate.service("simpeg", "SIMPEG Kemenag", unit: "pusat/setjen")
    estate.service("esdm", "eSDM UIN Jakarta")
    estate.service("hris", "Human Resource Information System UINSU", unit: "ptkn/uin-medan")
    estate.service("sipeg", "SIPEG Kanwil Jabar", unit: "kanwil/jawa-barat")
    estate.service("pegawai", "Data Pegawai Kankemenag Bogor", unit: "kankemenag/bogor")
    let clusters = estate.clusters()
    #expect(clusters.count == 1)
    #expect(clusters.first?.services.count == 5)
    #expect(clusters.first?.units.count == 5)
  }

  @Test("one job in English and in Indonesian is one cluster")
  func twoLanguages() {
    var estate = Estate.standard
    estate.service("ais", "Academic Information System (AIS) UIN Maliki", unit: "ptkn/uin-malang")
    estate.service("siakad", "Sistem Informasi Akademik UIN Syarif Hidayatullah Jakarta")
    estate.service("portal", "UINSU Academic Portal", unit: "ptkn/uin-medan")
    estate.service("library", "Library Management System UIN Maliki", unit: "ptkn/uin-malang")
    estate.service("perpus", "Sistem Informasi Perpustakaan UIN Jakarta")
    #expect(estate.together("ais", "siakad"))
    #expect(estate.together("ais", "portal"))
    #expect(estate.together("library", "perpus"))
    #expect(!estate.together("ais", "library"))
  }

  @Test("names that share only the owner's name are not duplicates")
  func ownerWordsOnly() {
    var estate = Estate.standard
    estate.service("siakad", "Sistem Informasi Akademik UIN Syarif Hidayatullah Jakarta")
    estate.service("perpus", "Sistem Informasi Perpustakaan UIN Syarif Hidayatullah Jakarta")
    estate.service("keuangan", "Sistem Informasi Keuangan UIN Syarif Hidayatullah Jakarta")
    #expect(estate.clusters().isEmpty)
  }

  @Test("names that share only generic words are not duplicates")
  func genericWordsOnly() {
    var estate = Estate.standard
    estate.service("a", "Sistem Informasi Manajemen Kepegawaian Terpadu")
    estate.service("b", "Sistem Informasi Manajemen Keuangan Terpadu", unit: "ptkn/uin-medan")
    estate.service("c", "Aplikasi Layanan Online Haji", unit: "kanwil/jawa-barat")
    #expect(estate.clusters().isEmpty)
  }

  @Test("a word that changes the job keeps services apart")
  func qualifyingWord() {
    var estate = Estate.standard
    estate.service("siakad", "SIAKAD UIN Jakarta")
    estate.service("siakad-medan", "SIAKAD UINSU", unit: "ptkn/uin-medan")
    estate.service("pasca", "SIAKAD Pascasarjana UIN Maliki", unit: "ptkn/uin-malang")
    estate.service("api", "API SIAKAD UIN Maliki", unit: "ptkn/uin-malang", kind: "api")
    #expect(estate.together("siakad", "siakad-medan"))
    #expect(!estate.together("siakad", "pasca"))
    #expect(!estate.together("siakad", "api"))
  }
}
