import Dispatch
import RegistryModel
import RegistryStore
import SemVer

/// The commands that look around: show, list, versions, find, units, stats, log.
extension Session {
  mutating func show(_ invocation: Invocation) throws(CommandError) -> Reply {
    let reference = try parseReference(invocation.arguments[0])
    let registry = registrySnapshot
    guard let service = registry.services[reference.service] else {
      if let broken = store?.brokenFile(for: reference.service) {
        throw .failed(
          "service '\(reference.service)' is in a file that does not parse: \(broken.error)")
      }
      throw .model(.unknownService(reference.service))
    }
    switch reference.selector {
    case .service:
      // From the graph's reverse links when a graph is at hand (a shell keeps one between
      // commands); otherwise a scan of every link, which at 100,000 services costs less than
      // building the graph for one `show`.
      let dependents: [ServiceID]
      if let cached = graphCache, cached.generation == generation {
        let graph = cached.graph
        dependents =
          graph.index(of: service.id).map { vertex in
            graph.dependents(of: vertex).map { graph.id(at: $0.source) }
          } ?? []
      } else {
        dependents = Session.dependents(of: service.id, in: registry)
      }
      return Reply(
        text: describe(service, in: registry, dependents: dependents),
        json: .object([("service", json(service))]))
    case .version(let version):
      guard let record = service.record(of: version) else {
        throw .model(.unknownVersion(service.id, version.description))
      }
      return Reply(
        text: describe(record, of: service),
        json: .object([("service", .string(service.id.rawValue)), ("version", json(record))]))
    case .range(let range):
      let records = service.versions.filter { range.contains($0.version) }
      return Reply(
        text: records.map { describe($0, of: service) }.joined(separator: "\n"),
        json: .object([
          ("service", .string(service.id.rawValue)), ("versions", .array(records.map(json))),
        ]))
    }
  }

  mutating func list(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let unit = try invocation.value("unit").map(existingUnit)
    let lifecycle = try invocation.value("lifecycle").map(parseLifecycle)
    let kind = try invocation.value("kind").map(parseKind)
    let tag = invocation.value("tag")
    let services = registrySnapshot.services.values.filter { service in
      (unit.map { service.unit.isWithin($0) } ?? true)
        && (lifecycle.map { service.lifecycle == $0 } ?? true)
        && (kind.map { service.kind == $0 } ?? true)
        && (tag.map { service.tags.contains($0) } ?? true)
    }.sorted { $0.id < $1.id }
    if options.json || invocation.has("json") {
      return Reply(text: "", json: .object([("services", .array(services.map(listJSON)))]))
    }
    var table = TextTable(["ID", "UNIT", "LIFECYCLE", "VERSION", "NAME"])
    for (index, service) in services.enumerated() {
      if index % 4096 == 4095, interruptCheck() { throw .interrupted }
      table.append([
        style.id(service.id.rawValue), service.unit.description, style.lifecycle(service.lifecycle),
        service.versions.first?.version.description ?? "-", service.name,
      ])
    }
    let footer = style.dim("\(services.count) service\(services.count == 1 ? "" : "s")") + "\n"
    return Reply(text: table.render(style: style) + footer, json: .null)
  }

  mutating func versions(_ invocation: Invocation) throws(CommandError) -> Reply {
    let id = try parseID(invocation.arguments[0])
    let service = try checked { () throws(ModelError) in try registrySnapshot.service(id) }
    let range = try invocation.value("matching").map(parseRange)
    let records = service.versions.filter { range?.contains($0.version) ?? true }
    var table = TextTable(["VERSION", "LIFECYCLE", "RELEASED", "NOTES"])
    for record in records {
      table.append([
        record.version.description, style.lifecycle(record.lifecycle),
        record.released?.description ?? "-", record.notes ?? "",
      ])
    }
    var text = records.isEmpty ? "" : table.render(style: style)
    if records.isEmpty {
      text = range.map { "no version of \(id) matches \($0.source)\n" } ?? "\(id) has no versions\n"
    }
    return Reply(
      text: text,
      json: .object([
        (
          "versions",
          .array(
            records.map {
              .object([
                ("version", .string($0.version.description)),
                ("lifecycle", .string($0.lifecycle.rawValue)),
                ("released", .optional($0.released?.description)),
              ])
            })
        )
      ]))
  }

  mutating func find(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    if searchIndex?.generation != generation {
      searchIndex = SearchIndex(registrySnapshot, generation: generation)
    }
    let index = searchIndex!
    let registry = registrySnapshot
    // Every word must match, in any order and any field ('find jakarta akademik' finds the
    // academic system of UIN Jakarta); a quoted phrase is one word.
    let terms = invocation.arguments.filter { !$0.allSatisfy(\.isWhitespace) }
    var positions = index.matches(terms.first ?? "")
    for term in terms.dropFirst() where !positions.isEmpty {
      let found = Set(index.matches(term))
      positions = positions.filter(found.contains)
    }
    let matches = positions.map { registry.services[index.ids[$0]]! }
    var table = TextTable(["ID", "UNIT", "LIFECYCLE", "NAME"])
    for service in matches {
      table.append([
        style.id(service.id.rawValue), service.unit.description,
        style.lifecycle(service.lifecycle), service.name,
      ])
    }
    let text =
      matches.isEmpty
      ? "nothing matches '\(invocation.arguments.joined(separator: " "))'\n"
      : table.render(style: style) + style.dim("\(matches.count) found") + "\n"
    let wantsJSON = options.json || invocation.has("json")
    return Reply(
      text: text, json: wantsJSON ? .object([("services", .array(matches.map(listJSON)))]) : .null)
  }

  mutating func units(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let registry = registrySnapshot
    var counts: [UnitPath: Int] = [:]
    for service in registry.services.values { counts[service.unit, default: 0] += 1 }
    var table = TextTable(["UNIT", "LEVEL", "SERVICES", "NAME"])
    var rows: [JSONValue] = []
    for unit in registry.sortedUnits {
      table.append([
        unit.path.description, unit.level.rawValue, String(counts[unit.path] ?? 0), unit.name,
      ])
      rows.append(
        .object([
          ("path", .string(unit.path.description)), ("name", .string(unit.name)),
          ("level", .string(unit.level.rawValue)), ("services", .int(counts[unit.path] ?? 0)),
        ]))
    }
    return Reply(text: table.render(style: style), json: .object([("units", .array(rows))]))
  }

  mutating func stats(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let registry = registrySnapshot
    var byLifecycle: [Lifecycle: Int] = [:]
    var byGroup: [String: Int] = [:]
    var links = 0
    var versions = 0
    // Services of bodies outside the organisation (another ministry's platforms it depends on)
    // are registered to be linked to, but are not the organisation's own.
    var external = 0
    for service in registry.services.values {
      if registry.units[service.unit]?.level == .external { external += 1 }
      byLifecycle[service.lifecycle, default: 0] += 1
      byGroup[service.unit.root, default: 0] += 1
      links += service.links.count
      versions += service.versions.count
    }
    let broken = brokenFiles.count
    var text = "\(style.heading(registry.settings.name))\n"
    text += "services  \(registry.services.count)"
    text +=
      external > 0
      ? "  (\(registry.services.count - external) own, \(external) external)\n" : "\n"
    text += "versions  \(versions)\n"
    text += "links     \(links)\n"
    text += "units     \(registry.units.count)\n"
    text +=
      "by lifecycle: "
      + Lifecycle.allCases.map { "\($0.rawValue) \(byLifecycle[$0] ?? 0)" }.joined(separator: ", ")
      + "\n"
    text +=
      "by group: "
      + byGroup.keys.sorted().map { "\($0) \(byGroup[$0]!)" }.joined(separator: ", ") + "\n"
    if broken > 0 {
      text += style.error("broken files: \(broken)") + "\n"
      for file in brokenFiles.prefix(20) { text += "  \(file.error)\n" }
    }
    return Reply(
      text: text,
      json: .object([
        ("name", .string(registry.settings.name)),
        ("services", .int(registry.services.count)),
        ("ownServices", .int(registry.services.count - external)),
        ("externalServices", .int(external)), ("versions", .int(versions)),
        ("links", .int(links)), ("units", .int(registry.units.count)),
        (
          "lifecycle",
          .object(Lifecycle.allCases.map { ($0.rawValue, .int(byLifecycle[$0] ?? 0)) })
        ),
        ("groups", .object(byGroup.keys.sorted().map { ($0, .int(byGroup[$0]!)) })),
        ("brokenFiles", .array(brokenFiles.map { .string($0.error.description) })),
      ]))
  }

  mutating func log(_ invocation: Invocation) throws(CommandError) -> Reply {
    let store = try openStore()
    let id = invocation.argument(0)
    guard let limit = Int(invocation.value("limit") ?? "20"), limit > 0 else {
      throw .usage("--limit needs a positive whole number", column: 0, command: "log")
    }
    var entries: [JournalEntry]
    let unreadable: [Int]
    do {
      (entries, unreadable) = try Journal.read(inRegistryAt: store.root)
    } catch {
      throw .store(error)
    }
    let journalPath = store.displayPath(RegistryLayout.journalFile)
    let warnings =
      unreadable.prefix(10).map {
        "\(journalPath):\($0): warning: not a journal entry; skipped\n"
      }.joined()
      + (unreadable.count > 10
        ? "\(journalPath): warning: \(unreadable.count - 10) more lines skipped\n" : "")
    if let id { entries = entries.filter { $0.ids.contains(id) } }
    entries = Array(entries.suffix(limit))
    let text = entries.map {
      "\(style.dim($0.time))  \($0.actor)  \($0.command)\n"
    }.joined()
    return Reply(
      text: entries.isEmpty ? "the journal is empty\n" : text,
      json: .object([
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
        ("unreadableLines", .array(unreadable.map { .int($0) })),
      ]), errorText: warnings)
  }

}

/// Printing services and versions.
extension Session {
  func listJSON(_ service: Service) -> JSONValue {
    .object([
      ("id", .string(service.id.rawValue)), ("name", .string(service.name)),
      ("unit", .string(service.unit.description)), ("kind", .string(service.kind.rawValue)),
      ("lifecycle", .string(service.lifecycle.rawValue)),
      ("tags", .array(service.tags.map(JSONValue.string))),
      ("versions", .array(service.versions.map { .string($0.version.description) })),
    ])
  }

  func json(_ service: Service) -> JSONValue {
    .object([
      ("id", .string(service.id.rawValue)), ("name", .string(service.name)),
      ("unit", .string(service.unit.description)), ("kind", .string(service.kind.rawValue)),
      ("lifecycle", .string(service.lifecycle.rawValue)),
      ("tags", .array(service.tags.map(JSONValue.string))), ("url", .optional(service.url)),
      ("description", .optional(service.description)),
      ("deprecation", service.deprecation.map(json) ?? .null),
      ("versions", .array(service.versions.map(json))),
      (
        "links",
        .array(
          service.links.map {
            .object([
              ("to", .string($0.target.rawValue)), ("range", .string($0.range.source)),
              ("kind", .optional($0.kind?.rawValue)), ("note", .optional($0.note)),
            ])
          })
      ),
    ])
  }

  func json(_ record: ServiceVersion) -> JSONValue {
    .object([
      ("version", .string(record.version.description)),
      ("lifecycle", .string(record.lifecycle.rawValue)),
      ("released", .optional(record.released?.description)), ("notes", .optional(record.notes)),
      ("deprecation", record.deprecation.map(json) ?? .null),
    ])
  }

  func json(_ deprecation: Deprecation) -> JSONValue {
    .object([
      ("reason", .string(deprecation.reason)),
      ("replacedBy", .optional(deprecation.replacedBy?.description)),
      ("sunset", .optional(deprecation.sunset?.description)),
    ])
  }

  /// What `show` prints of a service; `dependents` are the ids that link to it, in id order.
  func describe(_ service: Service, in registry: Registry, dependents: [ServiceID]) -> String {
    var text = "\(style.heading(service.id.rawValue))  \(service.name)\n"
    let unitName = registry.units[service.unit]?.name
    text += "  unit:        \(service.unit)" + (unitName.map { " (\($0))" } ?? "") + "\n"
    text += "  kind:        \(service.kind)\n"
    text += "  lifecycle:   \(style.lifecycle(service.lifecycle))\n"
    if let deprecation = service.deprecation { text += "  deprecated:  \(describe(deprecation))\n" }
    if !service.tags.isEmpty { text += "  tags:        \(service.tags.joined(separator: ", "))\n" }
    if let url = service.url { text += "  url:         \(url)\n" }
    if let description = service.description { text += "  description: \(description)\n" }
    if let path = store?.relativePath(of: service.id) {
      text += "  file:        \(store!.displayPath(path))\n"
    }
    if !service.versions.isEmpty {
      text += "  versions:\n"
      for record in service.versions {
        text += "    \(record.version)  \(style.lifecycle(record.lifecycle))"
        if let released = record.released { text += "  \(released)" }
        if let deprecation = record.deprecation { text += "  (\(describe(deprecation)))" }
        text += "\n"
      }
    }
    if !service.links.isEmpty {
      text += "  depends on:\n"
      for link in service.links {
        text += "    \(style.id(link.target.rawValue))"
        if link.range.source != "*" { text += " \(link.range.source)" }
        if let kind = link.kind { text += " (\(kind))" }
        if let target = registry.services[link.target] {
          let best = link.range.highestMatch(
            in: target.versions.filter { $0.lifecycle != .retired }.map(\.version))
          text +=
            best.map { " → \($0)" } ?? (target.versions.isEmpty ? "" : " → no version matches")
        } else {
          text += style.error(" → missing")
        }
        text += "\n"
      }
    }
    if !dependents.isEmpty {
      text +=
        "  depended on by (\(dependents.count)): "
        + dependents.prefix(12).map(\.rawValue).joined(separator: ", ")
        + (dependents.count > 12 ? ", …" : "") + "\n"
    }
    return text
  }

  func describe(_ record: ServiceVersion, of service: Service) -> String {
    var text = "\(style.heading("\(service.id)@\(record.version)"))  \(service.name)\n"
    text += "  lifecycle: \(style.lifecycle(record.lifecycle))\n"
    if let released = record.released { text += "  released:  \(released)\n" }
    if let notes = record.notes { text += "  notes:     \(notes)\n" }
    if let deprecation = record.deprecation { text += "  deprecated: \(describe(deprecation))\n" }
    return text
  }

  func describe(_ deprecation: Deprecation) -> String {
    var parts = [deprecation.reason]
    if let replacement = deprecation.replacedBy { parts.append("replaced by \(replacement)") }
    if let sunset = deprecation.sunset { parts.append("sunset \(sunset)") }
    return parts.joined(separator: "; ")
  }
}

/// Finding dependents without a graph.
extension Session {
  /// The ids of the services that link to `target`, in id order: the same as
  /// `Registry.dependents(of:)`, with the services split between the cores, since the scan
  /// waits on memory for every service's links (at 100,000 services, 40 ms on one core).
  /// O(services × log links).
  static func dependents(of target: ServiceID, in registry: Registry) -> [ServiceID] {
    let services = registry.services
    let slots = Array(services.indices)
    let parts = 2
    var found = [[ServiceID]](repeating: [], count: parts)
    found.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        var mine: [ServiceID] = []
        let range = slots.count * part / parts..<slots.count * (part + 1) / parts
        for slot in range {
          let service = services.values[slots[slot]]
          if service.links.containsTarget(target) { mine.append(service.id) }
        }
        output[part] = mine
      }
    }
    return found.flatMap { $0 }.sorted()
  }
}

extension Array where Element == Link {
  /// Whether a link in this array, kept in target order, goes to `target`; O(log n).
  fileprivate func containsTarget(_ target: ServiceID) -> Bool {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle].target < target { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low].target == target
  }
}
