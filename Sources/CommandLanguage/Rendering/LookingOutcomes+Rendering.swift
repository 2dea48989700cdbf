import RegistryModel

extension ServiceList: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    var table = TextTable(["ID", "UNIT", "LIFECYCLE", "VERSION", "NAME"])
    for service in services {
      table.append([
        style.id(service.id.rawValue), service.unit.description, style.lifecycle(service.lifecycle),
        service.versions.first?.version.description ?? "-", service.name,
      ])
    }
    output.write(table.render(style: style, headings: !rowsOnly, width: output.width))
    guard !rowsOnly else { return }
    let count =
      services.count < total
      ? "\(services.count) of \(total) services"
      : "\(total) service\(total == 1 ? "" : "s")"
    output.write(style.dim(count) + "\n")
  }

  var json: JSONValue {
    .object([
      ("services", .array(services.map(JSONValue.serviceSummary))), ("total", .int(total)),
    ])
  }
}

extension SearchResults: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    guard !services.isEmpty else {
      output.write("nothing matches '\(words.joined(separator: " "))'\n")
      return
    }
    var table = TextTable(["ID", "UNIT", "LIFECYCLE", "NAME"])
    for service in services {
      table.append([
        style.id(service.id.rawValue), service.unit.description,
        style.lifecycle(service.lifecycle), service.name,
      ])
    }
    output.write(
      table.render(style: style, width: output.width) + style.dim("\(services.count) found")
        + "\n")
  }

  var json: JSONValue { .object([("services", .array(services.map(JSONValue.serviceSummary)))]) }
}

extension VersionList: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    guard !versions.isEmpty else {
      output.write(
        range.map { "no version of \(id) matches \($0.source)\n" } ?? "\(id) has no versions\n")
      return
    }
    var table = TextTable(["VERSION", "LIFECYCLE", "RELEASED", "NOTES"])
    for record in versions {
      table.append([
        record.version.description, style.lifecycle(record.lifecycle),
        record.released?.description ?? "-", record.notes ?? "",
      ])
    }
    output.write(table.render(style: style, width: output.width))
  }

  var json: JSONValue {
    .object([
      (
        "versions",
        .array(
          versions.map {
            .object([
              ("version", .string($0.version.description)),
              ("lifecycle", .string($0.lifecycle.rawValue)),
              ("released", .optional($0.released?.description)),
            ])
          })
      )
    ])
  }
}

extension UnitList: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    var table = TextTable(["UNIT", "LEVEL", "SERVICES", "NAME"])
    for row in units {
      table.append([
        row.unit.path.description, row.unit.level.rawValue, String(row.services), row.unit.name,
      ])
    }
    output.write(table.render(style: output.style, width: output.width))
  }

  var json: JSONValue {
    .object([
      (
        "units",
        .array(
          units.map { row in
            .object([
              ("path", .string(row.unit.path.description)), ("name", .string(row.unit.name)),
              ("level", .string(row.unit.level.rawValue)), ("services", .int(row.services)),
            ])
          })
      )
    ])
  }
}

extension RegistryStatistics: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    var text = "\(style.heading(name))\n"
    text += "services  \(services)"
    text +=
      externalServices > 0
      ? "  (\(services - externalServices) own, \(externalServices) external)\n" : "\n"
    text += "versions  \(versions)\n"
    text += "links     \(links)\n"
    text += "units     \(units)\n"
    text +=
      "by lifecycle: "
      + Lifecycle.allCases.map { "\($0.rawValue) \(byLifecycle[$0] ?? 0)" }.joined(separator: ", ")
      + "\n"
    text +=
      "by group: "
      + byGroup.keys.sorted().map { "\($0) \(byGroup[$0]!)" }.joined(separator: ", ") + "\n"
    if !brokenFiles.isEmpty {
      text += style.error("broken files: \(brokenFiles.count)") + "\n"
      for error in brokenFiles.prefix(20) { text += "  \(error)\n" }
    }
    output.write(text)
  }

  var json: JSONValue {
    .object([
      ("name", .string(name)), ("services", .int(services)),
      ("ownServices", .int(services - externalServices)),
      ("externalServices", .int(externalServices)), ("versions", .int(versions)),
      ("links", .int(links)), ("units", .int(units)),
      ("lifecycle", .object(Lifecycle.allCases.map { ($0.rawValue, .int(byLifecycle[$0] ?? 0)) })),
      ("groups", .object(byGroup.keys.sorted().map { ($0, .int(byGroup[$0]!)) })),
      ("brokenFiles", .array(brokenFiles.map(JSONValue.string))),
    ])
  }
}

extension JournalExcerpt: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    guard !entries.isEmpty else {
      output.write("the journal is empty\n")
      return
    }
    for entry in entries {
      output.write("\(output.style.dim(entry.time))  \(entry.actor)  \(entry.command)\n")
    }
  }

  var json: JSONValue {
    .object([
      (
        "entries",
        .array(
          entries.map {
            .object([
              ("time", .string($0.time)), ("actor", .string($0.actor)),
              ("command", .string($0.command)), ("ids", .array($0.ids.map(JSONValue.string))),
            ])
          })
      ),
      ("unreadableLines", .array(unreadableLines.map { .int($0) })),
    ])
  }

  func notes(style: Style) -> String {
    unreadableLines.prefix(10).map {
      "\(journalPath):\($0): warning: not a journal entry; skipped\n"
    }.joined()
      + (unreadableLines.count > 10
        ? "\(journalPath): warning: \(unreadableLines.count - 10) more lines skipped\n" : "")
  }
}
