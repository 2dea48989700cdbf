import DuplicateDetection
import RegistryModel

/// `dups [--min-score S] [--unit U]`: the clusters of services that do the same job, biggest
/// consolidation opportunities first.
struct DuplicatesCommand: Command {
  static let name = "dups"
  /// The least score a cluster needs; the registry's setting (or 0.6) when `nil`.
  var minimumScore: Score?
  /// Only clusters with a member in this unit (or group), as the user named it.
  var unit: String?

  init(minimumScore: Score? = nil, unit: String? = nil) {
    self.minimumScore = minimumScore
    self.unit = unit
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    minimumScore = try invocation.value("min-score", as: Score.self)
    unit = invocation.value("unit")
  }

  func run(in session: inout Session) throws(CommandError) -> DuplicateReport {
    _ = try session.openStore()
    let unit = try unit.map(session.existingUnit)
    let registry = session.registrySnapshot
    let minimumScore = minimumScore?.value
    let line = session.progress
    let clusters = try session.interruptibly {
      DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
        .clusters(in: registry, minimumScore: minimumScore, unit: unit) { step in
          line?.report(step)
        }
    }
    return DuplicateReport(
      clusters: clusters,
      threshold: minimumScore ?? registry.settings.duplicates.minimumScore ?? 0.6,
      numbered: minimumScore == nil && unit == nil)
  }
}

/// A score: a number from 0 to 1.
struct Score: ArgumentValue, Equatable {
  /// The number.
  var value: Double

  init(argument: String) throws(CommandError) {
    guard let value = Double(argument), value >= 0, value <= 1 else {
      throw .usage("--min-score needs a number from 0 to 1", column: 0, command: nil)
    }
    self.value = value
  }

  /// A score of `value`, from 0 to 1.
  init(_ value: Double) { self.value = value }
}
