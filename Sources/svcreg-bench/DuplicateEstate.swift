import RegistryModel

/// A synthetic estate for the duplicate benchmark, drawn like the evaluation set
/// (`scripts/generate-dups-eval`) but at any size: campuses, provincial and district offices with
/// made-up names, each running the jobs of `DuplicateJobs` under the names people give them
/// (owner's name inside, e- prefixes, versions, typos, lowercase), twins registered twice, and
/// one-off applications. Every service carries the label of its job (or one of its own).
struct DuplicateEstate {
  /// The estate.
  var registry = Registry(settings: RegistrySettings(name: "bench"))
  /// Each service's label, by id.
  var labels: [ServiceID: Int] = [:]
  /// One line per service for other tools: label, unit name, unit aliases (`|`), service name.
  var lines: [String] = []

  private var random: BenchRandom
  private var labelCount = DuplicateJobs.all.count
  private var jobIndex: [String: Int] = [:]

  private static let syllables = [
    "ka", "ra", "ma", "sa", "ta", "na", "la", "ba", "da", "ja", "wa", "ga", "pa", "ri", "si", "di",
    "ni", "mu", "lu", "ku", "bu", "tu", "ro", "so", "no", "jo", "ko", "mo", "te", "re", "ne", "se",
    "an", "ar", "in", "un", "wi", "ya", "ha", "gu",
  ]
  private static let directions = ["Barat", "Timur", "Utara", "Selatan", "Tengah", "Raya"]

  /// Draws an estate of at least `services` services from `seed`.
  init(services: Int, seed: UInt64) {
    random = BenchRandom(seed: seed)
    for (index, job) in DuplicateJobs.all.enumerated() { jobIndex[job.label] = index }
    var unitNumber = 0
    while registry.services.count < services {
      unitNumber += 1
      let draw = random.unit()
      let level: UnitLevel = draw < 0.3 ? .university : draw < 0.45 ? .provincial : .district
      addUnit(number: unitNumber, level: level)
    }
  }

  private mutating func addUnit(number: Int, level: UnitLevel) {
    let code = "u" + String(number)
    let place = word()
    var full: [String]
    var short: [String]
    var jobs: [(label: String, chance: Double)]
    let path: UnitPath
    switch level {
    case .university:
      let person = word() + " " + word()
      let initials = String((person + " " + place).split(separator: " ").map { $0.first! })
      full = ["UIN \(person) \(place)"]
      short = ["UIN \(place)", "UIN \(initials)", full[0]]
      jobs = DuplicateJobs.campus
      path = UnitPath("ptkn/\(code)")!
    case .provincial:
      let province = place + " " + DuplicateEstate.directions[random.below(6)]
      full = [
        "Kantor Wilayah Kementerian Agama Provinsi \(province)",
        "Kanwil Kemenag Provinsi \(province)",
      ]
      short = ["Kanwil \(place)", "Kanwil Kemenag \(place)", province, "Kemenag \(place)"]
      jobs = DuplicateJobs.provincial
      path = UnitPath("kanwil/\(code)")!
    default:
      full = ["Kantor Kementerian Agama Kabupaten \(place)", "Kankemenag Kabupaten \(place)"]
      short = ["Kankemenag \(place)", "Kemenag Kab. \(place)", place]
      jobs = DuplicateJobs.district
      path = UnitPath("kankemenag/\(code)")!
    }
    let unit = Unit(path: path, name: full[0], level: level, aliases: [short[0]])
    registry.units[path] = unit
    let domain = place.lowercased() + code + ".go.id"
    for (label, chance) in jobs where random.chance(chance) {
      addInstance(of: DuplicateJobs.all[jobIndex[label]!], unit, full, short, domain)
    }
    if random.chance(0.3) {
      let pattern =
        ["Aplikasi", "Sistem", "Layanan"][random.below(3)] + " " + word() + " " + word()
      labelCount += 1
      add(
        unit, prefix: "app", name: fill(pattern + " {o}", full, short), description: nil,
        tags: [], url: nil, label: labelCount - 1)
    }
  }

  private mutating func addInstance(
    of job: DuplicateJobs.Job, _ unit: Unit, _ full: [String], _ short: [String], _ domain: String
  ) {
    let label = jobIndex[DuplicateJobs.sameJob[job.label] ?? job.label]!
    var pattern = job.names[random.below(job.names.count)]
    if random.chance(0.02) { pattern = typo(pattern) }
    var name = fill(pattern, full, short)
    if random.chance(0.04) && !name.contains(where: \.isNumber) {
      name += [" v2", " 2.0", " Versi 3", " v3.1"][random.below(4)]
    }
    if random.chance(0.03) { name = name.lowercased() }
    let description =
      random.chance(0.25) ? nil : job.descriptions[random.below(job.descriptions.count)]
    var tags = random.chance(0.3) ? [] : job.tags
    if !tags.isEmpty && random.chance(0.1) {
      tags.append(["aplikasi", "layanan", "internal", "prioritas", "spbe"][random.below(5)])
    }
    let url =
      random.chance(0.25)
      ? nil : "https://" + (job.subdomain.isEmpty ? "" : job.subdomain + ".") + domain
    let prefix = job.label
    add(
      unit, prefix: prefix, name: name, description: description, tags: tags, url: url, label: label
    )
    if random.chance(0.03) {
      if let url, random.chance(0.5) {
        let other = fill(job.names[random.below(job.names.count)], full, short)
        add(
          unit, prefix: "app", name: other, description: description, tags: tags, url: url,
          label: label)
      } else {
        add(
          unit, prefix: "dup", name: name.uppercased(), description: description, tags: [],
          url: nil, label: label)
      }
    }
  }

  private mutating func add(
    _ unit: Unit, prefix: String, name: String, description: String?, tags: [String],
    url: String?, label: Int
  ) {
    var id = ServiceID("\(prefix)-\(unit.path.leaf)")!
    var number = 2
    while registry.services[id] != nil {
      id = ServiceID("\(prefix)-\(unit.path.leaf)-\(number)")!
      number += 1
    }
    registry.services[id] = Service(
      id: id, unit: unit.path, name: name, tags: tags, url: url, description: description)
    labels[id] = label
    lines.append("\(label)\t\(unit.name)\t\(unit.aliases.joined(separator: "|"))\t\(name)")
  }

  private mutating func fill(_ pattern: String, _ full: [String], _ short: [String]) -> String {
    var text = pattern
    if text.contains("{o}") {
      text = text.replacingAll("{o}", with: short[random.below(short.count)])
    }
    if text.contains("{O}") {
      text = text.replacingAll("{O}", with: full[random.below(full.count)])
    }
    return text
  }

  private mutating func typo(_ pattern: String) -> String {
    var words = pattern.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    let long = words.indices.filter {
      words[$0].count >= 6 && words[$0].allSatisfy(\.isLetter)
    }
    guard !long.isEmpty else { return pattern }
    let index = long[random.below(long.count)]
    var letters = Array(words[index])
    letters.remove(at: 1 + random.below(letters.count - 2))
    words[index] = String(letters)
    return words.joined(separator: " ")
  }

  private mutating func word() -> String {
    var text = ""
    for _ in 0..<(2 + random.below(2)) {
      text += DuplicateEstate.syllables[random.below(DuplicateEstate.syllables.count)]
    }
    return text.prefix(1).uppercased() + text.dropFirst()
  }
}

extension String {
  /// The string with every `target` replaced by `replacement`.
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
