import Exchange
import RegistryModel
import RegistryStore

/// `import csv|xlsx FILE [--sheet NAME] [--links FILE] [--links-sheet NAME]
/// [--map FIELD=COLUMN]… [--map-value FIELD:VALUE=WORD]… [--create-units |
/// --skip-unknown-units] [--dry-run]`: an inventory spreadsheet brought in as one change, all
/// of it or none.
struct ImportCommand: Command {
  static let name = "import"
  /// The services file.
  var file: String
  /// How the services file is laid out.
  var format: InventoryDocument.Format
  /// The links file, if any, and how it is laid out.
  var links: (file: String, format: InventoryDocument.Format)?
  /// Which column holds which field, where the headers do not say.
  var overrides: ColumnOverrides
  /// Values that read as other words.
  var values: ValueMaps
  /// What to do with a unit the registry does not have.
  var unknownUnits: UnknownUnitPolicy
  /// Whether to say what would change and write nothing.
  var dryRun: Bool

  init(parsing invocation: Invocation) throws(CommandError) {
    let sheet = invocation.value("sheet")
    let linksSheet = invocation.value("links-sheet")
    switch invocation.arguments[0] {
    case "csv":
      guard sheet == nil, linksSheet == nil else {
        throw .usage(
          "--sheet and --links-sheet choose sheets of a workbook; a CSV file has one table",
          column: 0, command: Self.name)
      }
      format = .csv
    case "xlsx":
      format = .xlsx(sheet: sheet)
    default:
      throw .usage(
        "unknown format '\(invocation.arguments[0])'; import reads csv and xlsx", column: 0,
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
    switch (invocation.value("links"), linksSheet) {
    case (let linksFile?, _):
      let isWorkbook = linksFile.lowercased().hasSuffix(".xlsx") || linksSheet != nil
      links = (linksFile, isWorkbook ? .xlsx(sheet: linksSheet) : .csv)
    case (nil, let linksSheet?):
      // The links on another sheet of the same workbook.
      links = (file, .xlsx(sheet: linksSheet))
    case (nil, nil):
      links = nil
    }
    unknownUnits =
      invocation.has("create-units")
      ? .create : invocation.has("skip-unknown-units") ? .skip : .fail
    dryRun = invocation.has("dry-run")
  }

  func run(in session: inout Session) throws(CommandError) -> ImportOutcome {
    let servicesBytes = try Session.readFile(file)
    let services = InventoryDocument(name: file, bytes: servicesBytes, format: format)
    let links = try self.links.map { (links) throws(CommandError) in
      InventoryDocument(
        name: links.file,
        bytes: links.file == file ? servicesBytes : try Session.readFile(links.file),
        format: links.format)
    }
    _ = try session.openStore()
    let importer = InventoryImporter(
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
