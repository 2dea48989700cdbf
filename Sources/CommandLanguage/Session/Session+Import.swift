import Exchange
import RegistryModel
import RegistryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `import csv`: an inventory spreadsheet brought in as one change, all of it or none.
extension Session {
  mutating func importInventory(_ invocation: Invocation) throws(CommandError) -> Reply {
    let command = invocation.command.name
    guard invocation.arguments[0] == "csv" else {
      throw .usage(
        "unknown format '\(invocation.arguments[0])'; import reads csv", column: 0,
        command: command)
    }
    if invocation.has("create-units") && invocation.has("skip-unknown-units") {
      throw .usage(
        "--create-units and --skip-unknown-units exclude each other", column: 0, command: command)
    }
    let overrides: ColumnOverrides
    do {
      overrides = try ColumnOverrides(parsing: invocation.allValues("map"))
    } catch {
      throw .usage(error.message, column: 0, command: command)
    }
    let services = CSVDocument(
      name: invocation.arguments[1], bytes: try Session.readFile(invocation.arguments[1]))
    var links: CSVDocument?
    if let file = invocation.value("links") {
      links = CSVDocument(name: file, bytes: try Session.readFile(file))
    }
    _ = try openStore()
    let importer = CSVImporter(
      options: ImportOptions(
        overrides: overrides,
        unknownUnits: invocation.has("create-units")
          ? .create : invocation.has("skip-unknown-units") ? .skip : .fail,
        brokenServices: Set(brokenFiles.compactMap(\.serviceID))))
    if invocation.has("dry-run") {
      return importReply(
        importer.plan(services: services, links: links, against: registrySnapshot),
        file: services.name, dryRun: true)
    }
    var outcome: ImportPlan?
    do {
      _ = try applyChange { (registry, _) throws(CommandError) in
        let plan = importer.plan(services: services, links: links, against: registry)
        outcome = plan
        // Thrown only to leave the change unapplied; the reply below says why.
        guard plan.errors.isEmpty, !plan.changesNothing else { throw .failed("import refused") }
        plan.apply(to: &registry)
        return RegistryChanges(
          services: Set(plan.services.map(\.id)), units: !plan.createdUnits.isEmpty)
      }
    } catch {
      guard let outcome, !outcome.errors.isEmpty || outcome.changesNothing else { throw error }
    }
    return importReply(outcome!, file: services.name, dryRun: false)
  }

  private func importReply(_ plan: ImportPlan, file: String, dryRun: Bool) -> Reply {
    let shownLimit = 100
    var warnings = plan.warnings.prefix(shownLimit).map { "\($0)\n" }.joined()
    if plan.warnings.count > shownLimit {
      warnings += "… and \(plan.warnings.count - shownLimit) more warnings\n"
    }
    let issues = { (issues: [ImportIssue]) -> JSONValue in
      .array(
        issues.map {
          .object([
            ("file", .string($0.file)), ("line", .int($0.line)), ("message", .string($0.message)),
          ])
        })
    }
    guard plan.errors.isEmpty else {
      var errors = plan.errors.prefix(shownLimit).map { style.error("\($0)") + "\n" }.joined()
      if plan.errors.count > shownLimit {
        errors += "… and \(plan.errors.count - shownLimit) more errors\n"
      }
      let count = "\(plan.errors.count) error\(plan.errors.count == 1 ? "" : "s")"
      errors += "import refused: \(count); nothing \(dryRun ? "would be" : "was") written\n"
      return Reply(
        text: "",
        json: .object([
          ("ok", false), ("command", "import"), ("dryRun", .bool(dryRun)),
          ("errors", issues(plan.errors)), ("warnings", issues(plan.warnings)),
        ]), errorText: warnings + errors, exitStatus: 1)
    }
    var text = ""
    if dryRun {
      let used = plan.columns.filter { $0.field != nil }
      let ignored = plan.columns.filter { $0.field == nil }
      text += "columns: " + used.map { "'\($0.header)' → \($0.field!)" }.joined(separator: ", ")
      text +=
        ignored.isEmpty
        ? "\n"
        : "; ignored: "
          + ignored.map { "'\($0.header)'" }
          .joined(separator: ", ") + "\n"
      for unit in plan.createdUnits {
        text += "unit    \(unit.path) (\(unit.level)) \(unit.name)\n"
      }
      let byID = Dictionary(uniqueKeysWithValues: plan.services.map { ($0.id, $0) })
      for id in plan.added {
        let service = byID[id]!
        text += "add     \(style.id(id.rawValue)) in \(service.unit): \(service.name)\n"
      }
      for change in plan.updated {
        text +=
          "update  \(style.id(change.id.rawValue)): "
          + change.fields.joined(separator: ", ") + "\n"
      }
    }
    let units = plan.createdUnits.count
    let unitText = units == 0 ? "" : ", \(units) unit\(units == 1 ? "" : "s") created"
    let counts =
      "\(plan.added.count) added, \(plan.updated.count) updated, \(plan.unchanged) unchanged"
      + unitText
    if dryRun {
      text += "\(file): would have \(counts); nothing written (--dry-run)\n"
    } else if plan.changesNothing {
      text += "\(file): nothing to change (\(plan.unchanged) unchanged)\n"
    } else {
      text += "imported \(file): \(counts)" + (batch != nil ? style.dim(" (in batch)") : "") + "\n"
    }
    return Reply(
      text: text,
      json: .object([
        ("ok", true), ("command", "import"), ("dryRun", .bool(dryRun)),
        ("added", .array(plan.added.map { .string($0.rawValue) })),
        (
          "updated",
          .array(
            plan.updated.map {
              .object([
                ("id", .string($0.id.rawValue)),
                ("fields", .array($0.fields.map(JSONValue.string))),
              ])
            })
        ),
        ("unchanged", .int(plan.unchanged)),
        ("unitsCreated", .array(plan.createdUnits.map { .string($0.path.description) })),
        ("warnings", issues(plan.warnings)), ("batch", .bool(batch != nil)),
      ]), errorText: warnings)
  }

  /// The bytes of `file`, or an error saying why it cannot be read (a folder among them).
  static func readFile(_ file: String) throws(CommandError) -> [UInt8] {
    guard let handle = fopen(file, "rb") else {
      throw .failed("cannot read '\(file)': \(String(cString: strerror(errno)))")
    }
    defer { fclose(handle) }
    var info = stat()
    if fstat(fileno(handle), &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw .failed("cannot read '\(file)': it is a folder; name the files in it")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[..<count])
    }
    if ferror(handle) != 0 {
      throw .failed("cannot read '\(file)': \(String(cString: strerror(errno)))")
    }
    return bytes
  }
}
