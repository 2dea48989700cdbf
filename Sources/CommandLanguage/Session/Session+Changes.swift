import RegistryModel
import RegistryStore
import SemVer

/// The commands that change services: register, update, version, link, unlink, add-unit.
extension Session {
  mutating func register(_ invocation: Invocation) throws(CommandError) -> Reply {
    let id = try parseID(invocation.arguments[0])
    if let broken = store?.brokenFile(for: id) {
      throw .failed(
        "service '\(id)' already has a file that does not parse; repair or delete it first: "
          + broken.error.description)
    }
    let service = Service(
      id: id, unit: try existingUnit(invocation.value("unit")!), name: invocation.value("name")!,
      kind: try invocation.value("kind").map(parseKind) ?? .application,
      lifecycle: try invocation.value("lifecycle").map(parseLifecycle) ?? .active,
      tags: invocation.allValues("tag"), url: nonEmpty(invocation.value("url")),
      description: nonEmpty(invocation.value("description")))
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.register(service) }
      return RegistryChanges(services: [id])
    }
    return done(invocation, "registered \(style.id(id.rawValue)) in \(service.unit)", ids: [id])
  }

  mutating func update(_ invocation: Invocation) throws(CommandError) -> Reply {
    let id = try parseID(invocation.arguments[0])
    try requireHealthy(id)
    let unit = try invocation.value("unit").map(existingUnit)
    let kind = try invocation.value("kind").map(parseKind)
    let lifecycle = try invocation.value("lifecycle").map(parseLifecycle)
    guard invocation.values.keys.contains(where: { $0 != "json" }) else {
      throw .usage(
        "nothing to change; give at least one option", column: 0, command: "update")
    }
    var moved: (UnitPath, UnitPath)?
    let url = invocation.values["url"].map { _ in nonEmpty(invocation.value("url")) }
    let description = invocation.values["description"].map { _ in
      nonEmpty(invocation.value("description"))
    }
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in
        try registry.update(id) { (service: inout Service) throws(ModelError) in
          if let name = invocation.value("name") { service.name = name }
          if let unit, unit != service.unit {
            moved = (service.unit, unit)
            service.unit = unit
          }
          if let kind { service.kind = kind }
          if let url { service.url = url }
          if let description { service.description = description }
          let added = invocation.allValues("add-tag")
          let removed = Set(invocation.allValues("remove-tag"))
          if !added.isEmpty || !removed.isEmpty {
            service.tags = (service.tags + added).filter { !removed.contains($0) }
          }
          if let lifecycle, lifecycle != service.lifecycle {
            guard service.lifecycle.isLive else {
              throw .invalidTransition(
                subject: "service '\(id)'", from: service.lifecycle, to: lifecycle)
            }
            service.lifecycle = lifecycle
          }
        }
      }
      return RegistryChanges(services: [id])
    }
    let note = moved.map { " (moved from \($0.0) to \($0.1))" } ?? ""
    return done(invocation, "updated \(style.id(id.rawValue))\(note)", ids: [id])
  }

  mutating func addVersion(_ invocation: Invocation) throws(CommandError) -> Reply {
    let id = try parseID(invocation.arguments[0])
    try requireHealthy(id)
    let version: Version
    do {
      version = try Version(parsing: invocation.arguments[1])
    } catch {
      throw .failed("\(error.description); a version is semantic: MAJOR.MINOR.PATCH, e.g. 2.1.0")
    }
    let record = ServiceVersion(
      version, lifecycle: try invocation.value("lifecycle").map(parseLifecycle) ?? .active,
      released: try invocation.value("date").map(parseDate),
      notes: nonEmpty(invocation.value("notes")))
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.addVersion(record, to: id) }
      return RegistryChanges(services: [id])
    }
    return done(invocation, "added \(style.id(id.rawValue))@\(version)", ids: [id])
  }

  mutating func link(_ invocation: Invocation) throws(CommandError) -> Reply {
    let from = try parseID(invocation.arguments[0])
    let to = try parseID(invocation.arguments[1])
    try requireHealthy(from)
    let range = try invocation.value("range").map(parseRange) ?? .any
    let link = Link(
      to: to, range: range, kind: try invocation.value("kind").map(parseLinkKind),
      note: nonEmpty(invocation.value("note")))
    let targetBroken = store?.brokenFile(for: to) != nil
    let problems = problems(linking: from, with: link)
    if invocation.has("strict"), !problems.isEmpty {
      throw .failed(
        "link refused (--strict), nothing written: " + problems.joined(separator: "; "))
    }
    _ = try applyChange(invocation) { (registry, inBatch) throws(CommandError) in
      let targetKnown = registry.services[to] != nil || targetBroken
      try checked { () throws(ModelError) in
        try registry.link(from, link, requireTarget: !inBatch && !targetKnown)
      }
      return RegistryChanges(
        services: [from], linksToCheck: inBatch ? [.init(from: from, to: to)] : [])
    }
    let shownRange = range.source == "*" ? "" : " \(range.source)"
    var reply = done(
      invocation, "linked \(style.id(from.rawValue)) -> \(style.id(to.rawValue))\(shownRange)",
      ids: [from])
    reply.errorText = problems.map { style.warning("warning: \($0)") + "\n" }.joined()
    return reply
  }

  mutating func unlink(_ invocation: Invocation) throws(CommandError) -> Reply {
    let from = try parseID(invocation.arguments[0])
    let to = try parseID(invocation.arguments[1])
    try requireHealthy(from)
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.unlink(from, from: to) }
      return RegistryChanges(services: [from])
    }
    return done(
      invocation, "unlinked \(style.id(from.rawValue)) -> \(style.id(to.rawValue))", ids: [from])
  }

  mutating func addUnit(_ invocation: Invocation) throws(CommandError) -> Reply {
    let path = try parseUnit(invocation.arguments[0])
    let level =
      try invocation.value("level").map { (text) throws(CommandError) in
        try checked { () throws(ModelError) in try UnitLevel(validating: text) }
      } ?? .other
    let unit = Unit(
      path: path, name: invocation.value("name")!, level: level,
      aliases: invocation.allValues("alias"))
    _ = try applyChange(invocation) { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.addUnit(unit) }
      return RegistryChanges(units: true)
    }
    return done(invocation, "added unit \(path) (\(unit.name))", ids: [])
  }

  /// The reply of a successful change: a line of text, or `{"ok":true,…}`.
  func done(_ invocation: Invocation, _ text: String, ids: [ServiceID]) -> Reply {
    let suffix = batch != nil ? style.dim(" (in batch)") : ""
    return Reply(
      text: text + suffix + "\n",
      json: .object([
        ("ok", true), ("command", .string(invocation.command.name)),
        ("ids", .array(ids.map { .string($0.rawValue) })), ("batch", .bool(batch != nil)),
      ]))
  }
}

/// Runs a rule of the model, turning its refusal into a command error.
func checked<T>(_ body: () throws(ModelError) -> T) throws(CommandError) -> T {
  do {
    return try body()
  } catch {
    throw .model(error)
  }
}

/// Turning words into model values, with errors that say what is allowed.
extension Session {
  func parseID(_ text: String) throws(CommandError) -> ServiceID {
    try checked { () throws(ModelError) in try ServiceID(validating: text) }
  }

  func parseUnit(_ text: String) throws(CommandError) -> UnitPath {
    try checked { () throws(ModelError) in try UnitPath(validating: text) }
  }

  /// The existing unit (or group of units, such as `ptkn`) that `text` names: its path, or
  /// one of its aliases or its name, ignoring case. Anything else is an error with the units
  /// it most likely meant, never a silent empty answer. O(units).
  func existingUnit(_ text: String) throws(CommandError) -> UnitPath {
    let units = registrySnapshot.units
    if let path = UnitPath(text),
      units[path] != nil || units.keys.contains(where: { $0.isWithin(path) })
    {
      return path
    }
    let folded = text.lowercased()
    let named = units.values.filter { unit in
      unit.aliases.contains { $0.lowercased() == folded } || unit.name.lowercased() == folded
    }
    if named.count == 1 { return named[0].path }
    let paths = units.keys.map(\.description).sorted()
    var suggestions = named.map(\.path.description).sorted()
    if suggestions.isEmpty {
      // The last part alone (uin-jakarta for ptkn/uin-jakarta) is the commonest slip.
      suggestions = paths.filter { $0.hasSuffix("/" + folded) }
    }
    if suggestions.isEmpty, let close = InvocationParser.closest(to: folded, among: paths) {
      suggestions = [close]
    }
    if suggestions.isEmpty {
      let lastParts = Dictionary(grouping: paths) { String($0.split(separator: "/").last!) }
      if let close = InvocationParser.closest(to: folded, among: Array(lastParts.keys)) {
        suggestions = lastParts[close]!
      }
    }
    throw .failed(
      "no unit '\(text)'"
        + (suggestions.isEmpty
          ? ""
          : "; did you mean " + suggestions.prefix(3).map { "'\($0)'" }.joined(separator: " or ")
            + "?")
        + " ('units' lists them)")
  }

  func parseKind(_ text: String) throws(CommandError) -> Kind {
    try checked { () throws(ModelError) in try Kind(validating: text) }
  }

  func parseLinkKind(_ text: String) throws(CommandError) -> Kind {
    try checked { () throws(ModelError) in try Kind(validating: text, field: "link kind") }
  }

  func parseLifecycle(_ text: String) throws(CommandError) -> Lifecycle {
    try checked { () throws(ModelError) in try Lifecycle(validating: text) }
  }

  func parseDate(_ text: String) throws(CommandError) -> CalendarDate {
    try checked { () throws(ModelError) in try CalendarDate(validating: text) }
  }

  func parseReference(_ text: String) throws(CommandError) -> Reference {
    try checked { () throws(ModelError) in try Reference(validating: text) }
  }

  func parseRange(_ text: String) throws(CommandError) -> VersionRange {
    do {
      return try VersionRange(parsing: text)
    } catch {
      throw .failed(
        "\(error.description); ranges use npm's grammar: ^1.2, ~1.2.3, >=1 <2, 1.x, 1.2.3 - 2.0.0, ||, *"
      )
    }
  }

  func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }
}
