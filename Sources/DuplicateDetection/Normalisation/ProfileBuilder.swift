import RegistryModel

/// Builds the `ServiceProfiles` of a registry in three passes over its services: words of every
/// name, description and tag; acronyms learned from all the names; then each name's core.
/// Retired services are left out: they are history, not something to consolidate. O(total
/// length of the texts) plus sorting the ids.
struct ProfileBuilder {
  let settings: DuplicateSettings
  let units: [UnitPath: Unit]

  /// Profiles the live services of `registry`.
  func build(_ registry: Registry) -> ServiceProfiles {
    var table = TokenTable(capacity: 1 << 14)
    let lexicon = Lexicon(settings: settings, table: &table)
    var allUnits = units
    for (path, unit) in registry.units where allUnits[path] == nil { allUnits[path] = unit }
    // Services are read in place, by their position in the dictionary: a copy of a million of
    // them is hundreds of megabytes of fresh memory.
    let services = registry.services
    let knownPaths = allUnits.keys.sorted()
    let known = UnitIndex(knownPaths)
    var extraPaths: [UnitPath] = []
    var extraIndex: [UnitPath: Int32] = [:]
    var positions: [[ServiceID: Service].Index] = []
    var unitOf: [Int32] = []
    positions.reserveCapacity(services.count)
    unitOf.reserveCapacity(services.count)
    for position in services.indices {
      let service = services.values[position]
      if service.lifecycle == .retired { continue }
      positions.append(position)
      let path = service.unit
      var unit = known.index(of: path)
      if unit < 0 {
        if let extra = extraIndex[path] {
          unit = extra
        } else {
          unit = Int32(knownPaths.count + extraPaths.count)
          extraIndex[path] = unit
          extraPaths.append(path)
        }
      }
      unitOf.append(unit)
    }
    let liveIDs = positions.map { services.keys[$0] }
    let order = ProfileBuilder.idOrder(liveIDs)
    var paths = knownPaths
    if !extraPaths.isEmpty {
      // Unit indices follow path order, so that sorting indices sorts paths.
      paths = (knownPaths + extraPaths).sorted()
      let all = UnitIndex(paths)
      for (number, position) in positions.enumerated() {
        unitOf[number] = all.index(of: services.values[position].unit)
      }
    }
    let owners = UnitOwners(units: allUnits, paths: paths, lexicon: lexicon, table: &table)
    var profiles = ServiceProfiles(owners: owners, lexicon: lexicon)
    profiles.ids = order.map { liveIDs[Int($0)] }
    profiles.units = order.map { unitOf[Int($0)] }
    let names = ProfileBuilder.readTexts(
      of: services, at: order.map { positions[Int($0)] }, into: &profiles, table: &table)

    var literalCounts = [Int32](repeating: 0, count: table.count)
    for (position, id) in names.ids.enumerated() where !names.shapes[position].contains(.uppercase)
    {
      literalCounts[Int(id)] += 1
    }
    let learner = AcronymLearner(
      stream: names, units: profiles.units, lexicon: lexicon, owners: owners,
      literalCounts: literalCounts)
    profiles.acronyms = learner.learn(settings: settings, table: &table)

    profiles.table = table
    let finder = DeclarationFinder(stream: names, table: table, lexicon: lexicon, owners: owners)
    let corrector = TypoCorrector(
      table: table, lexicon: lexicon, owners: owners, acronyms: profiles.acronyms,
      literalCounts: literalCounts)
    ProfileBuilder.normaliseNames(
      names, finder: finder, corrector: corrector, literalCounts: literalCounts,
      profiles: &profiles)
    ProfileBuilder.groupKeys(&profiles)
    return profiles
  }
}

extension ProfileBuilder {
  /// The positions of `ids` in ascending order, sorted on the ids' first 24 bytes and only
  /// comparing whole ids on a tie: a million ids sort in a fraction of a second.
  static func idOrder(_ ids: [ServiceID]) -> [Int32] {
    var keys: [(words: (UInt64, UInt64, UInt64), position: Int32)] = []
    keys.reserveCapacity(ids.count)
    for (position, id) in ids.enumerated() {
      var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
      id.rawValue.withUTF8Bytes { bytes in
        for (index, byte) in bytes.prefix(24).enumerated() {
          let shift = UInt64(56 - 8 * (index % 8))
          switch index / 8 {
          case 0: words.0 |= UInt64(byte) << shift
          case 1: words.1 |= UInt64(byte) << shift
          default: words.2 |= UInt64(byte) << shift
          }
        }
      }
      keys.append((words, Int32(position)))
    }
    keys.sort {
      if $0.words != $1.words { return $0.words < $1.words }
      return ids[Int($0.position)] < ids[Int($1.position)]
    }
    return keys.map(\.position)
  }
}
