import RegistryModel
import Testing

@testable import DuplicateDetection

/// Clusters on small registries made by hand: certain duplicates, order, labels, evidence,
/// filters, and the coherence check.
@Suite struct ClusteringTests {
  @Test("the same URL is a certain duplicate, however the URL is written")
  func sameURL() throws {
    var estate = Estate.standard
    estate.service(
      "emis", "EMIS – Education Management Information System",
      unit: "pusat/ditjen-pendis", url: "https://emis.kemenag.go.id/")
    estate.service(
      "emis-4", "EMIS 4.0 Dashboard", unit: "pusat/ditjen-pendis",
      url: "http://www.EMIS.kemenag.go.id")
    estate.service(
      "other", "Sistem Informasi Haji", unit: "pusat/setjen",
      url: "https://haji.kemenag.go.id")
    let certain = estate.finder.certainDuplicates(in: estate.registry)
    #expect(certain.count == 1)
    let cluster = try #require(certain.first)
    #expect(cluster.certain)
    #expect(cluster.services.map(\.rawValue) == ["emis", "emis-4"])
    #expect(cluster.evidence.first == .sameURL("emis.kemenag.go.id"))
    #expect(estate.clusters().contains { $0.certain && $0.services.count == 2 })
  }

  @Test("the same normalised name is certain within one unit, not across units")
  func sameName() {
    var estate = Estate.standard
    estate.service("a", "e-Kinerja UIN Jakarta")
    estate.service("b", "EKINERJA UIN JAKARTA v2")
    estate.service("c", "e-Kinerja UINSU", unit: "ptkn/uin-medan")
    let certain = estate.finder.certainDuplicates(in: estate.registry)
    #expect(certain.map { $0.services.map(\.rawValue) } == [["a", "b"]])
    #expect(estate.together("a", "c"))
  }

  @Test("a certain group inside a larger cluster is also listed on its own")
  func certainInsideProbable() {
    var estate = Estate.standard
    estate.service("lms", "LMS UIN Jakarta", url: "https://lms.uinjkt.ac.id")
    estate.service("elearning", "E-Learning Moodle UIN Jakarta", url: "https://lms.uinjkt.ac.id")
    estate.service("lms-medan", "Learning Management System UINSU", unit: "ptkn/uin-medan")
    let clusters = estate.clusters()
    #expect(clusters.count == 2)
    #expect(clusters.first?.services.count == 3)
    #expect(clusters.first?.certain == false)
    #expect(clusters.last?.certain == true)
    #expect(clusters.last?.services.map(\.rawValue) == ["elearning", "lms"])
  }

  @Test("the largest consolidation opportunities come first, with labels and evidence")
  func order() throws {
    var estate = Estate.standard
    let units = ["ptkn/uin-jakarta", "ptkn/uin-medan", "ptkn/uin-malang", "kanwil/jawa-barat"]
    for (number, unit) in units.enumerated() {
      estate.service("siakad-\(number)", "SIAKAD \(number)", unit: unit, tags: ["akademik"])
    }
    estate.service("perpus-0", "Sistem Informasi Perpustakaan", unit: "ptkn/uin-jakarta")
    estate.service("perpus-1", "Library Management System", unit: "ptkn/uin-medan")
    let clusters = estate.clusters()
    #expect(clusters.map(\.services.count) == [4, 2])
    let first = try #require(clusters.first)
    #expect(first.label == "sistem informasi akademik")
    #expect(first.units.count == 4)
    #expect(first.score > 0.6 && first.score <= 1)
    #expect(first.evidence.contains(.acronym("SIAKAD", expansion: "sistem informasi akademik")))
    #expect(first.evidence.contains(.sharedWords(["akademik"])))
    #expect(first.evidence.contains(.sharedTags(["akademik"])))
    #expect(clusters[1].evidence.contains(.translated("library", to: "perpustakaan")))
  }

  @Test("--unit keeps the clusters with a service in the unit; retired services are left out")
  func filters() {
    var estate = Estate.standard
    estate.service("a", "SIMPEG UIN Jakarta")
    estate.service("b", "SIMPEG UINSU", unit: "ptkn/uin-medan")
    estate.service("c", "Sistem Informasi Keuangan Kanwil Jabar", unit: "kanwil/jawa-barat")
    estate.service("d", "SIMKEU Kankemenag Bogor", unit: "kankemenag/bogor")
    estate.service("e", "SIMKEU Lama UIN Maliki", unit: "ptkn/uin-malang", lifecycle: .retired)
    let campuses = estate.finder.clusters(in: estate.registry, unit: UnitPath("ptkn")!)
    #expect(campuses.map { $0.services.map(\.rawValue) } == [["a", "b"]])
    #expect(!estate.clusters().contains { $0.services.contains(ServiceID("e")!) })
  }

  @Test("the threshold comes from the argument, else the settings")
  func threshold() {
    var estate = Estate.standard
    estate.service("a", "Sistem Informasi Zakat UIN Jakarta")
    estate.service("b", "Sistem Informasi Zakat Profesi UINSU", unit: "ptkn/uin-medan")
    let loose = estate.clusters(minimumScore: 0.3)
    let strict = estate.clusters(minimumScore: 0.95)
    #expect(loose.count == 1)
    #expect(strict.isEmpty)
    estate.settings.minimumScore = 0.95
    #expect(estate.clusters().isEmpty)
  }

  @Test("one service resembling two groups does not chain them together")
  func coherence() {
    var estate = Estate.standard
    let units = ["ptkn/uin-jakarta", "ptkn/uin-medan", "ptkn/uin-malang"]
    for (number, unit) in units.enumerated() {
      estate.service("zakat-\(number)", "Aplikasi Zakat", unit: unit)
      estate.service("wakaf-\(number)", "Aplikasi Wakaf", unit: unit)
    }
    estate.service("bridge", "Aplikasi Zakat dan Wakaf", unit: "kanwil/jawa-barat")
    for cluster in estate.clusters(minimumScore: 0.4) {
      let ids = cluster.services.map(\.rawValue)
      #expect(!(ids.contains("zakat-0") && ids.contains("wakaf-0")), "\(ids)")
    }
  }

  @Test("services of a unit with no record are clustered with their unit, and others keep theirs")
  func unrecordedUnits() {
    var estate = Estate.standard
    estate.service("a", "SIMPEG UIN Jakarta")
    estate.service("b", "SIMPEG UINSU", unit: "ptkn/uin-medan")
    estate.service("c", "SIMPEG", unit: "ptkn/uin-aceh")
    estate.service("d", "Sistem Informasi Keuangan", unit: "kanwil/aceh")
    estate.service("e", "SIMKEU Kanwil Jabar", unit: "kanwil/jawa-barat")
    var registry = estate.registry
    registry.units[UnitPath("ptkn/uin-aceh")!] = nil
    registry.units[UnitPath("kanwil/aceh")!] = nil
    let clusters = DuplicateFinder(settings: estate.settings, units: registry.units)
      .clusters(in: registry)
    let units = clusters.map { $0.units.map(\.description) }
    #expect(units.contains(["ptkn/uin-aceh", "ptkn/uin-jakarta", "ptkn/uin-medan"]))
    #expect(units.contains(["kanwil/aceh", "kanwil/jawa-barat"]))
  }
}
