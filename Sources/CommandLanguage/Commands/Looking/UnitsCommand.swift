import RegistryModel

/// `units`: the units, with their level and how many services each owns.
struct UnitsCommand: Command {
  static let name = "units"

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> UnitList {
    _ = try session.openStore()
    let registry = session.registrySnapshot
    var counts: [UnitPath: Int] = [:]
    for service in registry.services.values { counts[service.unit, default: 0] += 1 }
    return UnitList(
      units: registry.sortedUnits.map { UnitList.Row(unit: $0, services: counts[$0.path] ?? 0) })
  }
}
