import RegistryModel
import TestSupport

/// A random small estate for property tests: names drawn from job words, generic and owner
/// words, acronyms and English synonyms, across a few units, with random descriptions, tags,
/// kinds and URLs, so that every path of normalisation and blocking is taken.
struct RandomEstate: Sendable, CustomStringConvertible {
  let seed: UInt64
  let estate: Estate

  private static let jobs = [
    "Akademik", "Academic", "Keuangan", "Finance", "Kepegawaian", "Pegawai", "Perpustakaan",
    "Library", "Haji", "Zakat", "Wakaf", "Presensi", "Attendance", "Kinerja", "Alumni",
    "Beasiswa", "Pascasarjana", "Tahfidz", "Qurban",
  ]
  private static let fillers = [
    "Sistem", "Informasi", "Aplikasi", "Online", "Portal", "Data", "Monitoring", "Dashboard",
    "Layanan", "Kanwil", "Kemenag", "UIN", "v2", "4.0", "Cek", "Rumah", "Terpadu",
  ]
  private static let acronyms = [
    "SIAKAD", "SIMPEG", "SIMKEU", "SIPEG", "SIHAJI", "eAkademik", "e-Kinerja", "PMB", "HRIS",
    "SIAGA", "SIMBA", "SPK",
  ]
  private static let descriptionWords = [
    "nilai", "mahasiswa", "pegawai", "anggaran", "laporan", "jemaah", "zakat", "buku", "records",
    "grades", "staff", "budget", "ruang", "kelas", "bantuan", "madrasah",
  ]
  private static let units = [
    "ptkn/uin-jakarta", "ptkn/uin-medan", "ptkn/uin-malang", "kanwil/jawa-barat",
    "kankemenag/bogor", "pusat/setjen",
  ]

  /// Draws an estate of up to 40 services from `seed`.
  init(seed: UInt64) {
    self.seed = seed
    var random = SplitMix64(seed: seed)
    var estate = Estate.standard
    for number in 0..<(2 + random.below(39)) {
      var words: [String] = []
      for _ in 0..<(1 + random.below(4)) {
        switch random.below(3) {
        case 0: words.append(RandomEstate.jobs[random.below(RandomEstate.jobs.count)])
        case 1: words.append(RandomEstate.fillers[random.below(RandomEstate.fillers.count)])
        default: words.append(RandomEstate.acronyms[random.below(RandomEstate.acronyms.count)])
        }
      }
      if random.chance(0.2) { words += ["–", "Sistem", "Informasi", "Pegawai"] }
      let description =
        random.chance(0.4)
        ? nil
        : (0..<(1 + random.below(5))).map { _ in
          RandomEstate.descriptionWords[random.below(RandomEstate.descriptionWords.count)]
        }.joined(separator: " ")
      let tags =
        random.chance(0.5) ? [] : [["akademik", "keuangan", "haji", "sarpras"][random.below(4)]]
      let url = random.chance(0.85) ? nil : "https://app\(random.below(4)).example.id"
      estate.service(
        "s\(number)", words.joined(separator: " "),
        unit: RandomEstate.units[random.below(RandomEstate.units.count)],
        description: description, tags: tags, url: url,
        kind: random.chance(0.8)
          ? "application" : ["api", "website", "mobile-app"][random.below(3)])
    }
    self.estate = estate
  }

  var description: String { "estate \(seed)" }

  /// Some estates to test with.
  static func samples(_ count: Int) -> [RandomEstate] {
    (0..<UInt64(count)).map { RandomEstate(seed: 1_000 + $0) }
  }
}
