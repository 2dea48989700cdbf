import Dispatch
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
    var lexicon = Lexicon(settings: settings, table: &table)
    var allUnits = units
    for (path, unit) in registry.units where allUnits[path] == nil { allUnits[path] = unit }
    let services = registry.services
    let knownPaths = allUnits.keys.sorted()
    let live = ProfileBuilder.liveServices(services, known: UnitIndex(knownPaths))
    let liveIDs = live.ids
    var unitOf = live.units
    var paths = knownPaths
    if unitOf.contains(-1) {
      // Units with services but no record join the list; unit indices follow path order, so
      // that sorting indices sorts paths.
      var extraPaths = Set<UnitPath>()
      for (number, unit) in unitOf.enumerated() where unit < 0 {
        if let service = services[liveIDs[number]] { extraPaths.insert(service.unit) }
      }
      paths = (knownPaths + extraPaths).sorted()
      let all = UnitIndex(paths)
      let moved = knownPaths.map { all.index(of: $0) }
      for (number, id) in liveIDs.enumerated() {
        let unit = unitOf[number]
        unitOf[number] = unit >= 0 ? moved[Int(unit)] : all.index(of: services[id]!.unit)
      }
    }
    let (order, owners) = ProfileBuilder.orderAndOwners(
      liveIDs, units: allUnits, paths: paths, lexicon: lexicon, table: &table)
    var profiles = ServiceProfiles(owners: owners, lexicon: lexicon)
    profiles.ids = order.map { liveIDs[Int($0)] }
    profiles.units = order.map { unitOf[Int($0)] }
    let names = ProfileBuilder.readTexts(
      of: live.texts, at: order.map(Int.init), into: &profiles, table: &table)

    lexicon.learnPlaces(from: names, table: table)
    profiles.lexicon = lexicon
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
  /// The id order of `ids` and the owners of `units`, which do not depend on each other and
  /// so are worked out at once.
  static func orderAndOwners(
    _ ids: [ServiceID], units: [UnitPath: Unit], paths: [UnitPath], lexicon: Lexicon,
    table: inout TokenTable
  ) -> ([Int32], UnitOwners) {
    let orders = ParallelSlots<[Int32]>(count: 1)
    let owned = ParallelSlots<(UnitOwners, TokenTable)>(count: 1)
    let before = table
    DispatchQueue.concurrentPerform(iterations: 2) { job in
      if job == 0 {
        orders.store(idOrder(ids), at: 0)
      } else {
        var after = before
        let owners = UnitOwners(units: units, paths: paths, lexicon: lexicon, table: &after)
        owned.store((owners, after), at: 0)
      }
    }
    let (owners, after) = owned.release()[0]
    table = after
    return (orders.release()[0], owners)
  }

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
