import RegistryModel
import RegistryStore

/// `register ID --name TEXT --unit UNIT …`: a new service.
struct RegisterCommand: Command {
  static let name = "register"
  /// The new service's id.
  var id: ServiceID
  /// Its display name.
  var serviceName: String
  /// Its unit, as the user named it (a path, an alias or a name).
  var unit: String
  /// What it is.
  var kind: Kind
  /// Planned or active.
  var lifecycle: Lifecycle
  /// Who answers for it, as the user named it (a unit or a team).
  var owner: String?
  /// People to reach about it.
  var contacts: [Contact]
  /// Its labels.
  var tags: [String]
  /// Where people reach it.
  var url: String?
  /// What it does.
  var description: String?

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    serviceName = invocation.value("name") ?? ""
    unit = invocation.value("unit") ?? ""
    kind = try invocation.value("kind", as: Kind.self) ?? .application
    lifecycle = try invocation.value("lifecycle", as: Lifecycle.self) ?? .active
    owner = invocation.text("owner")
    contacts = try invocation.allValues("contact", as: Contact.self)
    tags = invocation.allValues("tag")
    url = invocation.text("url")
    description = invocation.text("description")
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    if let broken = session.store?.brokenFile(for: id) {
      throw .failed(
        "service '\(id)' already has a file that does not parse; repair or delete it first: "
          + broken.error.description)
    }
    let service = Service(
      id: id, unit: try session.existingUnit(unit), name: serviceName, kind: kind,
      lifecycle: lifecycle, owner: try owner.map(session.owner), contacts: contacts, tags: tags,
      url: url, description: description)
    try session.applyChange { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in try registry.register(service) }
      return RegistryChanges(services: [id])
    }
    return ChangeOutcome(
      command: Self.name, change: .registered(id, in: service.unit), ids: [id],
      inBatch: session.isInBatch)
  }
}
