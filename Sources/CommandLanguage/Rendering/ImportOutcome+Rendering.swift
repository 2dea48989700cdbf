import Exchange

extension ImportOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    // A refused import prints nothing on standard output: its errors are notes.
    guard plan.errors.isEmpty else { return }
    let style = output.style
    var text = ""
    if dryRun {
      // Where the tables were found, when that is not simply a CSV file's first line.
      let sources = plan.sources.filter { $0.sheet != nil || $0.headerLine != 1 }
      if !sources.isEmpty {
        text += "read: " + sources.map(ImportOutcome.describe).joined(separator: "; ") + "\n"
      }
      let used = plan.columns.filter { $0.field != nil }
      let ignored = plan.columns.filter { $0.field == nil }
      text += "columns: " + used.map { "'\($0.header)' → \($0.field!)" }.joined(separator: ", ")
      text +=
        ignored.isEmpty
        ? "\n" : "; ignored: " + ignored.map { "'\($0.header)'" }.joined(separator: ", ") + "\n"
      if !values.isEmpty { text += "values: " + values.joined(separator: ", ") + "\n" }
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
      text += "imported \(file): \(counts)" + (inBatch ? style.dim(" (in batch)") : "") + "\n"
    }
    output.write(text)
  }

  var json: JSONValue {
    guard plan.errors.isEmpty else {
      return .object([
        ("ok", false), ("command", "import"), ("dryRun", .bool(dryRun)),
        ("errors", ImportOutcome.json(plan.errors)),
        ("warnings", ImportOutcome.json(plan.warnings)),
      ])
    }
    return .object([
      ("ok", true), ("command", "import"), ("dryRun", .bool(dryRun)),
      ("added", .array(plan.added.map { .string($0.rawValue) })),
      (
        "updated",
        .array(
          plan.updated.map {
            .object([
              ("id", .string($0.id.rawValue)), ("fields", .array($0.fields.map(JSONValue.string))),
            ])
          })
      ),
      ("unchanged", .int(plan.unchanged)),
      ("unitsCreated", .array(plan.createdUnits.map { .string($0.path.description) })),
      ("warnings", ImportOutcome.json(plan.warnings)), ("batch", .bool(inBatch)),
      (
        "sources",
        .array(
          plan.sources.map { source in
            .object([
              ("file", .string(source.file)),
              ("sheet", source.sheet.map(JSONValue.string) ?? .null),
              ("headerLine", .int(source.headerLine)),
            ])
          })
      ),
    ])
  }

  /// `FILE sheet 'NAME' (header on line N)`.
  private static func describe(_ source: ImportSource) -> String {
    var text = source.file
    if let sheet = source.sheet { text += " sheet '\(sheet)'" }
    text += " (header on \(source.sheet == nil ? "line" : "row") \(source.headerLine))"
    return text
  }

  func notes(style: Style) -> String {
    let limit = ImportOutcome.shownLimit
    var notes = plan.warnings.prefix(limit).map { "\($0)\n" }.joined()
    if plan.warnings.count > limit {
      notes += "… and \(plan.warnings.count - limit) more warnings\n"
    }
    guard !plan.errors.isEmpty else { return notes }
    notes += plan.errors.prefix(limit).map { style.error("\($0)") + "\n" }.joined()
    if plan.errors.count > limit { notes += "… and \(plan.errors.count - limit) more errors\n" }
    let count = "\(plan.errors.count) error\(plan.errors.count == 1 ? "" : "s")"
    return notes + "import refused: \(count); nothing \(dryRun ? "would be" : "was") written\n"
  }

  var exitStatus: Int32 { plan.errors.isEmpty ? 0 : 1 }

  private static func json(_ issues: [ImportIssue]) -> JSONValue {
    .array(
      issues.map {
        .object([
          ("file", .string($0.file)), ("line", .int($0.line)), ("message", .string($0.message)),
        ])
      })
  }
}
