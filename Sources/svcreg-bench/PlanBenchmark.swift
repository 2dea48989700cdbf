import DependencyGraph
import DuplicateDetection
import Planning
import RegistryModel
import RegistryStore
import SemVer

/// `svcreg-bench plan`: times the consolidation planner on the bundled registry's largest
/// duplicate cluster, and on a generated registry where a cluster of `--members` services has
/// every other service as a dependent; see scripts/bench-plan.
struct PlanBenchmark {
  /// The benchmark's options.
  struct Options {
    var services = 100_000
    var members = 1_000
    var runs = 5
    var registry: String?

    init(_ arguments: [String]) throws {
      var rest = arguments[...]
      while let option = rest.popFirst() {
        guard let value = rest.popFirst() else {
          throw BenchOptions.UsageError(description: "\(option) needs a value")
        }
        switch option {
        case "--services": services = try BenchOptions.count(value, option)
        case "--members": members = try BenchOptions.count(value, option)
        case "--runs": runs = try BenchOptions.count(value, option)
        case "--registry": registry = value
        default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
        }
      }
      guard members >= 2, members < services else {
        throw BenchOptions.UsageError(description: "--members needs 2 or more, below --services")
      }
    }

  }

  static let usage =
    "usage: svcreg-bench plan [--registry DIR] [--services N] [--members M] [--runs N]"

  let options: Options

  func run() throws {
    let timing = Timing(runs: options.runs)
    if let path = options.registry {
      let registry = try RegistryStore.open(at: path).registry
      let cluster = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
        .clusters(in: registry).first!
      print(
        "registry \(path): \(registry.services.count) services; largest cluster "
          + "'\(cluster.label)', \(cluster.services.count) services")
      print("median of \(options.runs) runs, in milliseconds:")
      measure(registry, members: cluster.services, timing: timing)
    }
    let (registry, members) = generated()
    print(
      "generated: \(registry.services.count) services, \(registry.linkCount) links; a cluster "
        + "of \(members.count) with \(registry.services.count - members.count) dependents")
    print("median of \(options.runs) runs, in milliseconds:")
    measure(registry, members: members, timing: timing)
  }

  /// Times the graph, the plan, applying it to a copy, and the locks before and after (the
  /// lock part of the check `plan` runs).
  private func measure(_ registry: Registry, members: [ServiceID], timing: Timing) {
    let graph = DependencyGraph(registry)
    timing.report("graph", "building the graph, links") { DependencyGraph(registry).edgeCount }
    let planner = MigrationPlanner(registry: registry, graph: graph)
    timing.report("plan", "planning the consolidation, moves") {
      (try? planner.consolidation(of: members, waveSize: 500))?.moves.count ?? -1
    }
    let plan = try! planner.consolidation(of: members, waveSize: 500)
    print("            \(plan.waves.count) waves, \(plan.cutLinks.count) links cut for loops")
    timing.report("apply", "applying it to a copy, steps") {
      var copy = registry
      try! plan.apply(to: &copy)
      return plan.steps.count
    }
    var after = registry
    try! plan.apply(to: &after)
    let today = try! CalendarDate(validating: "2026-12-08")
    timing.report("locks", "the locks before and after, findings") {
      LockFinder.findings(in: registry, graph: graph, today: today).count
        + LockFinder.findings(in: after, graph: DependencyGraph(after), today: today).count
    }
  }

  /// `--services` services: `--members` members of one job, each with the same share of the
  /// others as dependents; every tenth dependent also depends on the next one, and in every
  /// hundred three close a loop, so that waves and loop cutting have work to do.
  private func generated() -> (Registry, [ServiceID]) {
    var registry = Registry(settings: RegistrySettings(name: "plan bench"))
    let unit = try! UnitPath(validating: "pusat")
    registry.units[unit] = Unit(path: unit, name: "Pusat", level: .central)
    let version = ServiceVersion(Version("1.0.0")!)
    let caret = try! VersionRange(parsing: "^1")
    func id(_ text: String) -> ServiceID { try! ServiceID(validating: text) }
    var members: [ServiceID] = []
    for index in 0..<options.members {
      let member = id("member-\(index)")
      members.append(member)
      registry.services[member] = Service(
        id: member, unit: unit, name: "Member \(index)", versions: [version])
    }
    let dependents = options.services - options.members
    for index in 0..<dependents {
      var links = [Link(to: members[index % members.count], range: caret)]
      if index % 10 == 0, index + 1 < dependents {
        links.append(Link(to: id("dependent-\(index + 1)")))
      }
      switch index % 100 {
      case 5,
        6 where index + 2 < dependents:
        links.append(Link(to: id("dependent-\(index + 1)")))
      case 7: links.append(Link(to: id("dependent-\(index - 2)")))
      default: break
      }
      let dependent = id("dependent-\(index)")
      registry.services[dependent] = Service(
        id: dependent, unit: unit, name: "Dependent \(index)", versions: [version], links: links)
    }
    return (registry, members)
  }
}
