import RegistryModel

/// `stats`: how many services, versions, links and units, by lifecycle and group.
struct StatsCommand: Command {
  static let name = "stats"

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> RegistryStatistics {
    _ = try session.openStore()
    let registry = session.registrySnapshot
    var statistics = RegistryStatistics(
      name: registry.settings.name, services: registry.services.count,
      units: registry.units.count, brokenFiles: session.brokenFiles.map(\.error.description))
    for service in registry.services.values {
      // Services of bodies outside the organisation (another ministry's platforms it depends
      // on) are registered to be linked to, but are not the organisation's own.
      if registry.units[service.unit]?.level == .external { statistics.externalServices += 1 }
      statistics.byLifecycle[service.lifecycle, default: 0] += 1
      statistics.byGroup[service.unit.root, default: 0] += 1
      statistics.links += service.links.count
      statistics.versions += service.versions.count
    }
    return statistics
  }
}
