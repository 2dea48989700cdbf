import RegistryModel

/// What an import would do, worked out in full before anything changes: the new value of every
/// service it adds or changes, the units it creates, and every problem found, so that it
/// applies whole or not at all.
public struct ImportPlan: Sendable {
  /// The new value of each service added or changed, in id order.
  public internal(set) var services: [Service] = []
  /// The services added, in id order.
  public internal(set) var added: [ServiceID] = []
  /// The services changed, in id order, each with the facts that change.
  public internal(set) var updated: [ServiceChange] = []
  /// How many rows named a service that is already exactly as the row says.
  public internal(set) var unchanged = 0
  /// The units created (`--create-units`), in path order.
  public internal(set) var createdUnits: [Unit] = []
  /// The problems that stop the import; nothing is written while there are any.
  public internal(set) var errors: [ImportIssue] = []
  /// Rows left out (`--skip-unknown-units`) and other notes.
  public internal(set) var warnings: [ImportIssue] = []
  /// How each column of each file was read.
  public internal(set) var columns: [ColumnUse] = []
  /// How many link rows were read.
  public internal(set) var linkRows = 0
  /// Where each file's table was read: its sheet and header row.
  public internal(set) var sources: [ImportSource] = []

  /// Records where a file's table was read, with a warning for values above its header.
  mutating func note(_ source: ImportSource) {
    sources.append(source)
    if let skipped = source.skippedAbove {
      let line = source.sheet == nil ? "line" : "row"
      let lines =
        skipped.count == 1
        ? "\(line) \(skipped.lowerBound)"
        : "\(line)s \(skipped.lowerBound)–\(skipped.upperBound)"
      warnings.append(
        ImportIssue(
          file: source.file, line: skipped.lowerBound, severity: .warning,
          message: "\(lines) above the header (\(line) \(source.headerLine)) left out"))
    }
  }

  /// Whether the import would change nothing.
  public var changesNothing: Bool { services.isEmpty && createdUnits.isEmpty }

  /// Puts the plan's units and services into `registry`; call it only on a plan without errors,
  /// made against the same registry. O(changes).
  public func apply(to registry: inout Registry) {
    precondition(errors.isEmpty, "an import plan with errors must not be applied")
    for unit in createdUnits { registry.units[unit.path] = unit }
    for service in services { registry.services[service.id] = service }
  }
}
