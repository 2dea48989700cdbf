import RegistryModel
import TestSupport

@testable import DuplicateDetection

/// A small registry for duplicate tests, described as a person would: units with their names
/// and aliases, services with names, descriptions, tags and URLs.
struct Estate {
  private var builder = RegistryBuilder(units: [])
  private var units: [UnitPath: Unit] = [:]
  /// The registry's duplicate settings.
  var settings = DuplicateSettings()

  /// An estate with a campus, a provincial office, a district office and a central unit.
  static var standard: Estate {
    var estate = Estate()
    estate.unit("ptkn/uin-jakarta", "UIN Syarif Hidayatullah Jakarta", aliases: ["UIN Jakarta"])
    estate.unit("ptkn/uin-medan", "UIN Sumatera Utara Medan", aliases: ["UINSU"])
    estate.unit("ptkn/uin-malang", "UIN Maulana Malik Ibrahim Malang", aliases: ["UIN Maliki"])
    estate.unit(
      "kanwil/jawa-barat", "Kantor Wilayah Kementerian Agama Provinsi Jawa Barat",
      level: .provincial, aliases: ["Kanwil Jabar"])
    estate.unit(
      "kankemenag/bogor", "Kantor Kementerian Agama Kabupaten Bogor", level: .district,
      aliases: ["Kankemenag Bogor"])
    estate.unit("pusat/setjen", "Sekretariat Jenderal Kementerian Agama", level: .central)
    estate.unit(
      "pusat/ditjen-pendis", "Direktorat Jenderal Pendidikan Islam", level: .central,
      aliases: ["Ditjen Pendis", "Pendis"])
    estate.unit("other/klinik", "Klinik Pratama Kementerian Agama", level: .other)
    return estate
  }

  /// Adds a unit.
  mutating func unit(
    _ path: String, _ name: String, level: UnitLevel = .university, aliases: [String] = []
  ) {
    let unitPath = UnitPath(path)!
    units[unitPath] = Unit(path: unitPath, name: name, level: level, aliases: aliases)
  }

  /// Adds a service.
  mutating func service(
    _ id: String, _ name: String, unit: String = "ptkn/uin-jakarta", description: String? = nil,
    tags: [String] = [], url: String? = nil, kind: String = "application",
    lifecycle: Lifecycle = .active
  ) {
    builder.service(
      id, lifecycle, unit: unit, name: name, kind: kind, tags: tags, url: url,
      description: description)
  }

  /// The registry described so far.
  var registry: Registry {
    var registry = builder.registry
    registry.settings.duplicates = settings
    for (path, unit) in units { registry.units[path] = unit }
    return registry
  }

  /// A finder over the registry's units and settings.
  var finder: DuplicateFinder { DuplicateFinder(settings: settings, units: registry.units) }

  /// The clusters at `minimumScore` (by default, the default).
  func clusters(minimumScore: Double? = nil) -> [DuplicateCluster] {
    finder.clusters(in: registry, minimumScore: minimumScore)
  }

  /// The core words of each service, by id.
  var cores: [String: [String]] {
    let profiles = ProfileBuilder(settings: settings, units: registry.units).build(registry)
    var cores: [String: [String]] = [:]
    for (index, id) in profiles.ids.enumerated() {
      cores[id.rawValue] = profiles.cores.members(index).map(profiles.table.text).sorted()
    }
    return cores
  }

  /// Whether the two services end up in one cluster.
  func together(_ first: String, _ second: String, minimumScore: Double? = nil) -> Bool {
    clusters(minimumScore: minimumScore).contains {
      $0.services.contains(ServiceID(first)!) && $0.services.contains(ServiceID(second)!)
    }
  }
}
