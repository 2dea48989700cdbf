import RegistryModel
import SemVer

/// Generates a registry in memory shaped like a large organisation's estate: units at three
/// levels; services numbered so that low numbers are shared platforms (single sign-on,
/// databases) that many depend on; versions with npm ranges, some deprecated or retired; a few
/// links to nothing; and some loops, small ones and one of a few hundred services.
struct EstateGenerator {
  let serviceCount: Int
  let linkCount: Int
  let seed: UInt64

  private static let linkKinds = ["auth", "data", "api", "runtime", "feeder", "payment"]

  func generate() -> Registry {
    var random = BenchRandom(seed: seed)
    var registry = Registry(settings: RegistrySettings(name: "bench estate"))
    let units = Self.units()
    for unit in units { registry.units[unit.path] = unit }
    let ids = (0..<serviceCount).map { Self.id($0) }
    var services = (0..<serviceCount).map { index in
      makeService(index, id: ids[index], unit: units[index % units.count].path, &random)
    }
    var ranges: [String: VersionRange] = [:]
    func range(_ text: String) -> VersionRange {
      if let known = ranges[text] { return known }
      let parsed = try! VersionRange(parsing: text)
      ranges[text] = parsed
      return parsed
    }
    let kinds = Self.linkKinds.map { try! Kind(validating: $0) }
    let newest = services.map { $0.newestActiveVersion ?? Version(1, 0, 0) }

    var targets = [Set<Int>](repeating: [], count: serviceCount)
    let average = Double(linkCount) / Double(serviceCount)
    for index in 0..<serviceCount {
      let wanted = min(Int(average * 2 * random.unit()), index, serviceCount - 1)
      var attempts = 0
      while targets[index].count < wanted && attempts < wanted * 4 {
        attempts += 1
        // Squaring a uniform draw favours low numbers: the shared platforms.
        let draw = random.unit()
        let target = Int(Double(index) * draw * draw)
        // Retiring is refused while active services depend, so retired targets are rare.
        if services[target].lifecycle == .retired && random.chance(0.97) { continue }
        targets[index].insert(target)
      }
    }
    addLoops(to: &targets, &random)

    for index in 0..<serviceCount {
      var links: [Link] = []
      links.reserveCapacity(targets[index].count + 1)
      // Sorted, as a set's order changes from run to run and the estate must not.
      for target in targets[index].sorted() {
        let text = Self.rangeText(newest: newest[target], &random)
        links.append(
          Link(to: ids[target], range: range(text), kind: kinds[random.below(kinds.count)]))
      }
      if random.chance(0.002) {
        links.append(Link(to: ServiceID("ghost-\(random.below(1000))")!, range: range("*")))
      }
      services[index].links = links
    }
    addReplacements(to: &services, ids: ids, &random)
    for service in services { registry.services[service.id] = service }
    return registry
  }

  /// Small loops here and there, a few self-links and one loop through a few hundred services.
  private func addLoops(to targets: inout [Set<Int>], _ random: inout BenchRandom) {
    for _ in 0..<max(1, serviceCount / 2000) {
      let length = 2 + random.below(4)
      let base = random.below(serviceCount - length)
      for step in 0..<length - 1 { targets[base + step].insert(base + step + 1) }
      targets[base + length - 1].insert(base)
    }
    for _ in 0..<max(1, serviceCount / 20000) {
      let index = random.below(serviceCount)
      targets[index].insert(index)
    }
    // Among the newest applications, which few depend on, so the loop stays a few hundred.
    let newest = serviceCount - serviceCount / 50
    let ring = (0..<min(300, serviceCount)).map { _ in newest + random.below(serviceCount / 50) }
    for (from, to) in zip(ring, ring.dropFirst() + ring.prefix(1)) where from != to {
      targets[from].insert(to)
    }
  }

  private func makeService(
    _ index: Int, id: ServiceID, unit: UnitPath, _ random: inout BenchRandom
  ) -> Service {
    let kind: String
    if index < serviceCount / 100 {
      kind = "platform"
    } else if index < serviceCount / 20 {
      kind = random.chance(0.5) ? "api" : "database"
    } else {
      kind = "application"
    }
    var versions: [ServiceVersion] = []
    let majorCount = 1 + random.below(4)
    for major in 1...majorCount {
      let version = Version(
        UInt64(major), UInt64(random.below(10)), UInt64(random.below(5)))
      var record = ServiceVersion(version, released: Self.date(&random))
      if major == majorCount {
        if random.chance(0.05) { record.lifecycle = .planned }
      } else {
        let draw = random.unit()
        if draw < 0.25 {
          record.lifecycle = .deprecated
          record.deprecation = Deprecation(
            reason: "Superseded by version \(majorCount)",
            replacedBy: random.chance(0.5)
              ? Reference(id, .range(try! VersionRange(parsing: "^\(majorCount)"))) : nil,
            sunset: Self.date(&random))
        } else if draw < 0.35 {
          record.lifecycle = .retired
        }
      }
      versions.append(record)
    }
    var lifecycle = Lifecycle.active
    let draw = random.unit()
    if draw < 0.02 {
      lifecycle = .retired
      for position in versions.indices { versions[position].lifecycle = .retired }
    } else if draw < 0.05 {
      lifecycle = .deprecated
    } else if draw < 0.10 {
      lifecycle = .planned
    }
    return Service(
      id: id, unit: unit, name: "Sistem Informasi \(index)", kind: try! Kind(validating: kind),
      lifecycle: lifecycle, tags: index % 3 == 0 ? ["akademik"] : ["layanan"],
      url: "https://svc\(index).example.go.id", versions: versions)
  }

  /// Deprecations for the deprecated services, most replaced by a platform, a few in loops.
  private func addReplacements(
    to services: inout [Service], ids: [ServiceID], _ random: inout BenchRandom
  ) {
    var previous: Int?
    for index in services.indices where services[index].lifecycle == .deprecated {
      var replacement = Reference(ids[random.below(max(1, serviceCount / 100))])
      if let other = previous, random.chance(0.02) {
        replacement = Reference(ids[other])
        services[other].deprecation?.replacedBy = Reference(ids[index])
      }
      services[index].deprecation = Deprecation(
        reason: "Consolidated into a shared platform", replacedBy: replacement,
        sunset: Self.date(&random))
      previous = index
    }
  }

  private static func rangeText(newest: Version, _ random: inout BenchRandom) -> String {
    let major = Int(newest.major)
    let draw = random.unit()
    switch draw {
    case ..<0.60: return "^\(major)"
    case ..<0.68: return major > 1 ? "^\(major - 1)" : "~\(major).\(newest.minor)"
    case ..<0.80: return "*"
    case ..<0.90: return ">=1.0.0 <\(major + 1)"
    case ..<0.988: return "\(major).x || \(major + 1).x"
    case ..<0.998: return "^\(major + 1)"
    default: return "^9"
    }
  }

  private static func units() -> [Unit] {
    let central = (1...156).map { ("pusat/dir-\(pad($0, 3))", UnitLevel.central) }
    let provincial = (1...34).map { ("kanwil/prov-\(pad($0, 2))", UnitLevel.provincial) }
    let campuses = (1...58).map { ("ptkn/campus-\(pad($0, 2))", UnitLevel.university) }
    return (central + provincial + campuses).map { path, level in
      Unit(path: UnitPath(path)!, name: "Unit \(path)", level: level)
    }
  }

  private static func id(_ index: Int) -> ServiceID { ServiceID("svc-\(pad(index, 7))")! }

  private static func date(_ random: inout BenchRandom) -> CalendarDate {
    try! CalendarDate(
      year: 2022 + random.below(5), month: 1 + random.below(12), day: 1 + random.below(28))
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
