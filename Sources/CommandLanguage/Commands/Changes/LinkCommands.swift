import RegistryModel
import RegistryStore
import SemVer

/// `link FROM TO [--range R] [--kind K] [--note TEXT] [--strict]`: a dependency, with
/// warnings for what it would break (refused instead with `--strict`).
struct LinkCommand: Command {
  static let name = "link"
  /// The service that depends.
  var from: ServiceID
  /// The link to add or replace.
  var link: Link
  /// Whether a warning refuses the link.
  var strict: Bool

  init(parsing invocation: Invocation) throws(CommandError) {
    from = try invocation.required(0, as: ServiceID.self)
    link = Link(
      to: try invocation.required(1, as: ServiceID.self),
      range: try invocation.value("range", as: VersionRange.self) ?? .any,
      kind: try invocation.value("kind", as: LinkKind.self)?.kind, note: invocation.text("note"))
    strict = invocation.has("strict")
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.requireHealthy(from)
    let to = link.target
    let targetBroken = session.store?.brokenFile(for: to) != nil
    let problems = session.problems(linking: from, with: link)
    if strict, !problems.isEmpty {
      throw .failed(
        "link refused (--strict), nothing written: " + problems.joined(separator: "; "))
    }
    try session.applyChange { [link] (registry, inBatch) throws(CommandError) in
      let targetKnown = registry.services[to] != nil || targetBroken
      try checked { () throws(ModelError) in
        try registry.link(from, link, requireTarget: !inBatch && !targetKnown)
      }
      return RegistryChanges(
        services: [from], linksToCheck: inBatch ? [.init(from: from, to: to)] : [])
    }
    return ChangeOutcome(
      command: Self.name, change: .linked(from, to: to, range: link.range), ids: [from],
      inBatch: session.isInBatch, warnings: problems)
  }
}

/// `unlink FROM TO`: a dependency removed.
struct UnlinkCommand: Command {
  static let name = "unlink"
  /// The service that depends.
  var from: ServiceID
  /// The service it depends on no more.
  var to: ServiceID

  init(parsing invocation: Invocation) throws(CommandError) {
    from = try invocation.required(0, as: ServiceID.self)
    to = try invocation.required(1, as: ServiceID.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.requireHealthy(from)
    try session.applyChange { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.unlink(from, from: to) }
      return RegistryChanges(services: [from])
    }
    return ChangeOutcome(
      command: Self.name, change: .unlinked(from, from: to), ids: [from],
      inBatch: session.isInBatch)
  }
}

/// `add-unit PATH --name TEXT [--level L] [--alias A]…`: a new unit.
struct AddUnitCommand: Command {
  static let name = "add-unit"
  /// The new unit.
  var unit: Unit

  init(parsing invocation: Invocation) throws(CommandError) {
    unit = Unit(
      path: try invocation.required(0, as: UnitPath.self), name: invocation.value("name") ?? "",
      level: try invocation.value("level", as: UnitLevel.self) ?? .other,
      aliases: invocation.allValues("alias"))
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.applyChange { [unit] (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.addUnit(unit) }
      return RegistryChanges(units: true)
    }
    return ChangeOutcome(
      command: Self.name, change: .addedUnit(unit.path, name: unit.name), ids: [],
      inBatch: session.isInBatch)
  }
}
