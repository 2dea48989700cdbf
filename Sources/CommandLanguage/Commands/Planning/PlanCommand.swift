import DependencyGraph
import DuplicateDetection
import Exchange
import Planning
import RegistryModel
import RegistryStore

/// `plan consolidate (CLUSTER | ID…) [--keep ID] [--sunset DATE] [--wave-size N]` and
/// `plan retire ID [--wave-size N]`, each with `[--format text|json|markdown] [-o FILE]`: a
/// migration plan, checked by applying it to a copy of the registry, and optionally written as
/// a script for `run --atomic`. Inside a batch it plans on the batch's registry.
struct PlanCommand: Command {
  static let name = "plan"

  /// What to plan.
  enum Action: Equatable {
    /// A cluster (its number or label in `dups`) or services, made one.
    case consolidate([String])
    /// One service retired in favour of its replacement.
    case retire(ServiceID)
  }

  /// What to plan.
  var action: Action
  /// The member that keeps the job, when the user chooses it.
  var keep: ServiceID?
  /// When the leaving services stop.
  var sunset: CalendarDate?
  /// The most services in one wave.
  var waveSize: Int?
  /// How the plan is written.
  var format: ReportFormat
  /// Where the plan's script goes, if anywhere.
  var scriptPath: String?

  init(parsing invocation: Invocation) throws(CommandError) {
    let words = Array(invocation.arguments.dropFirst())
    switch invocation.arguments[0] {
    case "retire":
      guard words.count == 1 else {
        throw .usage("plan retire takes one service: plan retire ID", column: 0, command: Self.name)
      }
      if invocation.value("keep") != nil || invocation.value("sunset") != nil {
        throw .usage(
          "--keep and --sunset are for plan consolidate; plan retire moves the dependents to "
            + "the replacement the deprecation names", column: 0, command: Self.name)
      }
      action = .retire(try ServiceID(argument: words[0]))
    default:
      guard !words.isEmpty else {
        throw .usage(
          "plan consolidate needs a cluster (its number or label in 'dups') or two services "
            + "or more", column: 0, command: Self.name)
      }
      action = .consolidate(words)
    }
    keep = try invocation.value("keep", as: ServiceID.self)
    sunset = try invocation.value("sunset", as: CalendarDate.self)
    waveSize = try invocation.value("wave-size", as: WaveSize.self)?.services
    format = try invocation.value("format", as: ReportFormat.self) ?? .text
    scriptPath = invocation.value("output")
  }

  func run(in session: inout Session) throws(CommandError) -> PlanReport {
    let store = try session.openStore()
    let registry = session.registrySnapshot
    let graph = session.currentGraph()
    let today = session.today
    let planner = MigrationPlanner(registry: registry, graph: graph, today: today)
    var title: String?
    var members: [ServiceID] = []
    if case .consolidate(let words) = action {
      (members, title) = try Self.members(named: words, in: registry, session: &session)
    }
    let plan: MigrationPlan
    do throws(PlanningError) {
      switch action {
      case .consolidate:
        plan = try planner.consolidation(
          of: members, keep: keep, sunset: sunset, waveSize: waveSize)
      case .retire(let id):
        plan = try planner.retirement(of: id, waveSize: waveSize)
      }
    } catch {
      throw .failed(error.description)
    }
    let check = try session.interruptibly {
      PlanCheck(plan: plan, registry: registry, graph: graph, store: store, today: today)
    }
    var report = PlanReport(
      plan: plan, title: title, check: check, format: format, registry: registry, today: today)
    if let scriptPath {
      guard !plan.hasErrors, check.failedStep == nil else {
        throw .failed(
          "the plan cannot be applied as it is, so \(scriptPath) was not written: "
            + (plan.notes.first { $0.severity == .error }?.message ?? check.failedStep ?? ""))
      }
      do {
        report.written = try AtomicFile.write(Array(report.script.utf8), to: scriptPath).path
      } catch {
        throw .failed(error.description)
      }
    }
    return report
  }

  /// The members `words` name: a cluster's number or label in `dups` (as `dups` finds them
  /// now), or service ids; with the cluster's label when a cluster was named.
  static func members(named words: [String], in registry: Registry, session: inout Session)
    throws(CommandError) -> ([ServiceID], String?)
  {
    if words.count == 1, ServiceID(words[0]).flatMap({ registry.services[$0] }) == nil {
      let word = words[0]
      let clusters = try session.interruptibly {
        DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
          .clusters(in: registry, minimumScore: nil, unit: nil)
      }
      if let number = Int(word) {
        guard (1...max(1, clusters.count)).contains(number), number <= clusters.count else {
          throw .failed(
            "there is no cluster \(number); 'dups' finds \(clusters.count) (numbered from 1)")
        }
        return (clusters[number - 1].services, clusters[number - 1].label)
      }
      let matching = clusters.indices.filter {
        clusters[$0].label.lowercased() == word.lowercased()
      }
      guard let index = matching.first else {
        throw .failed(
          "'\(word)' is neither a service nor the label of a cluster 'dups' finds; name a "
            + "cluster by its number or label, or give two services or more")
      }
      guard matching.count == 1 else {
        throw .failed(
          "'\(word)' labels clusters " + matching.map { "\($0 + 1)" }.joined(separator: ", ")
            + " of 'dups'; name one by its number")
      }
      return (clusters[index].services, clusters[index].label)
    }
    var ids: [ServiceID] = []
    for word in words { ids.append(try ServiceID(argument: word)) }
    return (ids, nil)
  }
}
