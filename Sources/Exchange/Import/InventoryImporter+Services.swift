import RegistryModel

/// Reading the services file: columns, rows, units, ids and deprecations.
extension InventoryImporter {
  /// Reads the services file into `state`; false when the file itself could not be read.
  func readServices(
    _ document: InventoryDocument, into state: inout PlanState, plan: inout ImportPlan
  )
    -> Bool
  {
    func report(_ line: Int, _ message: String) {
      plan.errors.append(ImportIssue(file: document.name, line: line, message: message))
    }
    let mapped: MappedTable<ServiceColumn>
    do {
      mapped = try mappedTable(
        document, overrides: options.overrides.services, values: options.values.services,
        isUsable: { $0.has(.name) || $0.has(.id) },
        missing: { header in
          "no column for the services' names; expected a header such as 'name' or 'nama' (the "
            + "columns are " + header.map { "'\($0)'" }.joined(separator: ", ")
            + "), or choose one with --map name=COLUMN"
        })
    } catch {
      report(error.line, error.message)
      return false
    }
    let (table, map) = (mapped.table, mapped.map)
    plan.note(mapped.source)
    plan.columns += map.uses
    let rows = readRows(table, map: map, file: document.name, state: &state, plan: &plan)
    let ids = assignIDs(rows, report: report)
    for index in rows.indices {
      guard let id = ids[index] else { continue }
      let line = rows[index].line
      if options.brokenServices.contains(id) {
        report(line, "service '\(id)' has a file that does not parse; repair it first")
        state.failed.insert(id)
        continue
      }
      do {
        let existing = state.registry.services[id]
        let service = try rows[index].service(id, updating: existing)
        if existing == nil, rows[index].isNamedByURL {
          plan.warnings.append(
            ImportIssue(
              file: document.name, line: line, severity: .warning,
              message: "'\(id)' has no name; it is named by its URL, \(service.name)"))
        }
        state.planned[id] = (line, service)
        state.rowIDs.append(id)
      } catch {
        report(line, error.message)
        state.failed.insert(id)
      }
    }
    for index in rows.indices where rows[index].deprecationGiven || rows[index].versions != nil {
      for deprecation in rows[index].deprecationsGiven {
        if let replacement = deprecation.replacedBy, !state.exists(replacement.service) {
          plan.warnings.append(
            ImportIssue(
              file: document.name, line: rows[index].line, severity: .warning,
              message: "the replacement '\(replacement)' names no service in the registry or "
                + "in this file"))
        }
      }
    }
    return true
  }

  /// Reads every row into values and resolves its unit; rows with an unknown unit are created,
  /// skipped or reported as the options say.
  private func readRows(
    _ table: InventoryTable, map: ColumnMap<ServiceColumn>, file: String, state: inout PlanState,
    plan: inout ImportPlan
  ) -> [ServiceRow] {
    let resolver = UnitResolver(units: state.registry.units)
    var resolved: [String: UnitResolver.Resolution] = [:]
    var rows: [ServiceRow] = []
    rows.reserveCapacity(table.records.count)
    /// Leaves out `row`, whose unit is not in units.toml, saying so.
    func skip(_ row: ServiceRow, unit: String) {
      plan.warnings.append(
        ImportIssue(
          file: file, line: row.line, severity: .warning,
          message: "skipped: no unit '\(unit)' in units.toml"))
      if let id = row.id ?? ServiceID(Slug.make(row.name ?? "")) { state.skipped.insert(id) }
    }
    for record in table.records where record.cells.contains(where: { !$0.isEmpty }) {
      do throws(CellError) {
        if record.cells.count > table.header.count,
          record.cells[table.header.count...].contains(where: { !$0.isEmpty })
        {
          throw CellError(
            "the row has \(record.cells.count) cells but the header has "
              + "\(table.header.count) columns; quote cells that hold the separator")
        }
        var row = try ServiceRow(record, map: map)
        // An owner that names a unit is kept as the unit's path, as `register --owner` keeps it.
        if let owner = row.owner, case .known(let path) = resolver.resolve(owner) {
          row.owner = path.description
        }
        if let text = row.unitText, !text.isEmpty {
          let resolution = resolved[text] ?? resolver.resolve(text)
          resolved[text] = resolution
          switch resolution {
          case .known(let path):
            row.unit = path
          case .unknown(let path):
            switch options.unknownUnits {
            case .fail:
              throw CellError(
                "no unit '\(path)' in units.toml; add it with add-unit, or pass --create-units "
                  + "(or --skip-unknown-units)")
            case .create:
              if state.newUnits[path] == nil {
                state.newUnits[path] = Unit(
                  path: path, name: row.unitName ?? path.description,
                  level: row.unitLevel ?? InventoryWords.guessedLevel(of: path),
                  aliases: row.unitAliases)
              }
              row.unit = path
            case .skip:
              skip(row, unit: path.description)
              continue
            }
          case .ambiguous(let paths):
            throw CellError(
              "unit '\(text)' is the name of several units ("
                + paths.map(\.description).joined(separator: ", ") + "); give the unit's path")
          case .invalid:
            // An inventory names its units as people do ("Dinas Komunikasi dan Informatika"):
            // with --create-units such a name becomes a unit of that name whose path is its
            // slug; the same name on other rows finds the same unit.
            let slug = Slug.make(text)
            guard options.unknownUnits != .fail, let path = UnitPath(slug) else {
              throw CellError(
                "unit '\(text)' is neither a unit path (such as pusat/setjen) nor the name or "
                  + "alias of a unit in units.toml"
                  + (UnitPath(slug) == nil
                    ? "" : "; pass --create-units to create it as unit '\(slug)'"))
            }
            if options.unknownUnits == .skip {
              skip(row, unit: text)
              continue
            }
            if let existing = state.newUnits[path], existing.name != text,
              ColumnName.normalised(existing.name) != ColumnName.normalised(text)
            {
              throw CellError(
                "unit '\(text)' and unit '\(existing.name)' would both be created as '\(path)'; "
                  + "give the units' paths in the unit column")
            }
            if state.registry.units[path] == nil && state.newUnits[path] == nil {
              state.newUnits[path] = Unit(
                path: path, name: row.unitName ?? text,
                level: row.unitLevel ?? InventoryWords.guessedLevel(ofName: text),
                aliases: row.unitAliases)
            }
            row.unit = path
          }
        }
        rows.append(row)
      } catch {
        plan.errors.append(ImportIssue(file: file, line: record.line, message: error.message))
        // Best effort, so that the links file does not report this row's service again.
        if let id = ServiceID(map.cell(.id, of: record) ?? "")
          ?? ServiceID(Slug.make(map.cell(.name, of: record) ?? ""))
        {
          state.failed.insert(id)
        }
      }
    }
    return rows
  }

  /// Gives each row its id: the id cell, or one made from the name. Names that several rows
  /// share get their unit's last segment added (`siakad-uin-jakarta`), and any clash left a
  /// number, so that the same file always gives the same ids.
  private func assignIDs(_ rows: [ServiceRow], report: (Int, String) -> Void) -> [ServiceID?] {
    var lineOf: [ServiceID: Int] = [:]
    var assigned = [ServiceID?](repeating: nil, count: rows.count)
    var derived = false
    for index in rows.indices {
      guard let id = rows[index].id else {
        derived = true
        continue
      }
      if let earlier = lineOf[id] {
        report(rows[index].line, "id '\(id)' is also on line \(earlier)")
        continue
      }
      lineOf[id] = rows[index].line
      assigned[index] = id
    }
    guard derived else { return assigned }
    var bases: [String: Int] = [:]
    for row in rows where row.id == nil { bases[Slug.make(row.namedOrURL ?? ""), default: 0] += 1 }
    var taken = Set(lineOf.keys.map(\.rawValue))
    for (index, row) in rows.enumerated() where row.id == nil {
      let base = Slug.make(row.namedOrURL ?? "")
      guard !base.isEmpty else {
        let name = row.name ?? ""
        report(
          row.line,
          name.isEmpty
            ? "the row has neither an id nor a name"
            : "cannot make an id from the name '\(name)' (no letters a-z or digits); add an id "
              + "column")
        continue
      }
      var candidate = base
      if bases[base, default: 0] > 1 || taken.contains(base), let unit = row.unit {
        candidate = Slug.make(base + " " + unit.leaf)
      }
      var number = 2
      let stem = candidate
      while taken.contains(candidate) {
        let suffix = "-\(number)"
        candidate = Slug.make(stem, maximumLength: 64 - suffix.count) + suffix
        number += 1
      }
      taken.insert(candidate)
      assigned[index] = ServiceID(candidate)!
    }
    return assigned
  }
}
