import RegistryModel
import RegistryStore
import SemVer

/// `version ID VERSION [--date D] [--notes TEXT] [--lifecycle L]`: a new version.
struct VersionCommand: Command {
  static let name = "version"
  /// The service.
  var id: ServiceID
  /// The new version.
  var record: ServiceVersion

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    record = ServiceVersion(
      try invocation.required(1, as: Version.self),
      lifecycle: try invocation.value("lifecycle", as: Lifecycle.self) ?? .active,
      released: try invocation.value("date", as: CalendarDate.self),
      notes: invocation.text("notes"))
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.requireHealthy(id)
    try session.applyChange { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.addVersion(record, to: id) }
      return RegistryChanges(services: [id])
    }
    return ChangeOutcome(
      command: Self.name, change: .addedVersion(id, record.version), ids: [id],
      inBatch: session.isInBatch)
  }
}
