import RegistryModel
import RegistryStore

/// `deprecate REF --reason TEXT [--replaced-by REF] [--sunset DATE]`.
struct DeprecateCommand: Command {
  static let name = "deprecate"
  /// The service or version.
  var reference: Reference
  /// Why, what replaces it, and until when.
  var deprecation: Deprecation

  init(parsing invocation: Invocation) throws(CommandError) {
    reference = try invocation.required(0, as: Reference.self)
    deprecation = Deprecation(
      reason: invocation.value("reason") ?? "",
      replacedBy: try invocation.value("replaced-by", as: Reference.self),
      sunset: try invocation.value("sunset", as: CalendarDate.self))
    if deprecation.replacedBy?.service == reference.service, case .service = reference.selector {
      throw .failed("a service cannot be replaced by itself")
    }
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.changeLifecycle(of: reference, command: Self.name, as: .deprecated(reference)) {
      (registry) throws(ModelError) in
      try registry.deprecate(reference, deprecation)
    }
  }
}

/// `undeprecate REF`: a deprecation withdrawn.
struct UndeprecateCommand: Command {
  static let name = "undeprecate"
  /// The service or version.
  var reference: Reference

  init(parsing invocation: Invocation) throws(CommandError) {
    reference = try invocation.required(0, as: Reference.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.changeLifecycle(of: reference, command: Self.name, as: .undeprecated(reference)) {
      (registry) throws(ModelError) in
      try registry.undeprecate(reference)
    }
  }
}

/// `retire REF [--force]`: a service or version out of use; refused while something depends
/// on it, unless forced.
struct RetireCommand: Command {
  static let name = "retire"
  /// The service or version.
  var reference: Reference
  /// Whether to retire it although others depend on it.
  var force: Bool

  init(parsing invocation: Invocation) throws(CommandError) {
    reference = try invocation.required(0, as: Reference.self)
    force = invocation.has("force")
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.changeLifecycle(of: reference, command: Self.name, as: .retired(reference)) {
      [force] (registry) throws(ModelError) in
      try registry.retire(reference, force: force)
    }
  }
}

/// `unretire REF`: a retired service or version brought back into use.
struct UnretireCommand: Command {
  static let name = "unretire"
  /// The service or version.
  var reference: Reference

  init(parsing invocation: Invocation) throws(CommandError) {
    reference = try invocation.required(0, as: Reference.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.changeLifecycle(of: reference, command: Self.name, as: .unretired(reference)) {
      (registry) throws(ModelError) in
      try registry.unretire(reference)
    }
  }
}

/// `delete ID [--force]`: a service and its file removed, refused while anything links to it
/// or names it as a replacement, unless forced.
struct DeleteCommand: Command {
  static let name = "delete"
  /// The service.
  var id: ServiceID
  /// Whether to delete it although others link to it.
  var force: Bool

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    force = invocation.has("force")
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.changeLifecycle(
      of: Reference(id), command: Self.name, as: .deleted(id)
    ) { [force, id] (registry) throws(ModelError) in
      try registry.delete(id, force: force)
    }
  }
}

extension Session {
  /// Moves `reference` through its lifecycle with `change` and, for a command typed alone,
  /// measures the locks it introduced and resolved (a `retire --force` that takes `locks` from
  /// 10 to 40 errors says so).
  mutating func changeLifecycle(
    of reference: Reference, command: String, as change: ChangeOutcome.Change,
    _ body: (inout Registry) throws(ModelError) -> Void
  ) throws(CommandError) -> ChangeOutcome {
    try requireHealthy(reference.service)
    let before = reportsLockDelta ? lockFindings(in: registrySnapshot) : nil
    try applyChange { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try body(&registry) }
      return RegistryChanges(services: [reference.service])
    }
    return ChangeOutcome(
      command: command, change: change, ids: [reference.service], inBatch: isInBatch,
      lockDelta: before.flatMap { LockDelta(from: $0, to: lockFindings(in: registrySnapshot)) })
  }
}
