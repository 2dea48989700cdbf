import Exchange
import RegistryModel
import RegistryStore

/// `import csv FILE [--links FILE] [--map FIELD=COLUMN]… [--map-value FIELD:VALUE=WORD]…
/// [--create-units |
/// --skip-unknown-units] [--dry-run]`: an inventory spreadsheet brought in as one change, all
/// of it or none.
struct ImportCommand: Command {
  static let name = "import"
  /// The services file.
  var file: String
  /// The links file, if any.
  var linksFile: String?
  /// Which column holds which field, where the headers do not say.
  var overrides: ColumnOverrides
  /// Values that read as other words.
  var values: ValueMaps
  /// What to do with a unit the registry does not have.
  var unknownUnits: UnknownUnitPolicy
  /// Whether to say what would change and write nothing.
  var dryRun: Bool

  init(parsing invocation: Invocation) throws(CommandError) {
    guard invocation.arguments[0] == "csv" else {
      throw .usage(
        "unknown format '\(invocation.arguments[0])'; import reads csv", column: 0,
        command: Self.name)
    }
    if invocation.has("create-units") && invocation.has("skip-unknown-units") {
      throw .usage(
        "--create-units and --skip-unknown-units exclude each other", column: 0,
        command: Self.name)
    }
    do {
      overrides = try ColumnOverrides(parsing: invocation.allValues("map"))
      values = try ValueMaps(parsing: invocation.allValues("map-value"))
    } catch {
      throw .usage(error.message, column: 0, command: Self.name)
    }
    file = invocation.arguments[1]
    linksFile = invocation.value("links")
    unknownUnits =
      invocation.has("create-units")
      ? .create : invocation.has("skip-unknown-units") ? .skip : .fail
    dryRun = invocation.has("dry-run")
  }

  func run(in session: inout Session) throws(CommandError) -> ImportOutcome {
    let services = CSVDocument(name: file, bytes: try Session.readFile(file))
    let links = try linksFile.map { (file) throws(CommandError) in
      CSVDocument(name: file, bytes: try Session.readFile(file))
    }
    _ = try session.openStore()
    let importer = CSVImporter(
      options: ImportOptions(
        overrides: overrides, values: values, unknownUnits: unknownUnits,
        brokenServices: Set(session.brokenFiles.compactMap(\.serviceID))))
    if dryRun {
      return ImportOutcome(
        plan: importer.plan(services: services, links: links, against: session.registrySnapshot),
        file: file, dryRun: true, inBatch: session.isInBatch, values: values.descriptions)
    }
    var planned: ImportPlan?
    do {
      try session.applyChange { (registry, _) throws(CommandError) in
        let plan = importer.plan(services: services, links: links, against: registry)
        planned = plan
        // Thrown only to leave the change unapplied; the outcome says why.
        guard plan.errors.isEmpty, !plan.changesNothing else { throw .failed("import refused") }
        plan.apply(to: &registry)
        return RegistryChanges(
          services: Set(plan.services.map(\.id)), units: !plan.createdUnits.isEmpty)
      }
    } catch {
      guard let planned, !planned.errors.isEmpty || planned.changesNothing else { throw error }
    }
    return ImportOutcome(plan: planned!, file: file, dryRun: false, inBatch: session.isInBatch)
  }
}
