import RegistryModel
import RegistryStore

/// `update ID [--name …] [--unit …] …`: new facts for a service; a new unit moves its file.
struct UpdateCommand: Command {
  static let name = "update"
  /// The service.
  var id: ServiceID
  /// A new display name.
  var serviceName: String?
  /// A new unit, as the user named it.
  var unit: String?
  /// A new kind.
  var kind: Kind?
  /// A new owner as the user named it, or `.some(nil)` to remove it.
  var owner: String??
  /// Contacts to add, each replacing one with its key.
  var addedContacts: [Contact] = []
  /// Names, addresses or phones of contacts to remove.
  var removedContacts: [String] = []
  /// Labels to add.
  var addedTags: [String] = []
  /// Labels to remove.
  var removedTags: [String] = []
  /// A new URL, or `.some(nil)` to remove it.
  var url: String??
  /// A new description, or `.some(nil)` to remove it.
  var description: String??
  /// Planned or active.
  var lifecycle: Lifecycle?

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    guard invocation.values.keys.contains(where: { $0 != "json" }) else {
      throw .usage("nothing to change; give at least one option", column: 0, command: Self.name)
    }
    serviceName = invocation.value("name")
    unit = invocation.value("unit")
    kind = try invocation.value("kind", as: Kind.self)
    owner = invocation.clearableText("owner")
    addedContacts = try invocation.allValues("add-contact", as: Contact.self)
    removedContacts = invocation.allValues("remove-contact")
    addedTags = invocation.allValues("add-tag")
    removedTags = invocation.allValues("remove-tag")
    url = invocation.clearableText("url")
    description = invocation.clearableText("description")
    lifecycle = try invocation.value("lifecycle", as: Lifecycle.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ChangeOutcome {
    try session.requireHealthy(id)
    let unit = try unit.map(session.existingUnit)
    let owner = try owner.map { (text) throws(CommandError) in try text.map(session.owner) }
    var moved: (from: UnitPath, to: UnitPath)?
    try session.applyChange { (registry, _) throws(CommandError) in
      try checked { () throws(ModelError) in
        try registry.update(id) { (service: inout Service) throws(ModelError) in
          if let serviceName { service.name = serviceName }
          if let unit, unit != service.unit {
            moved = (service.unit, unit)
            service.unit = unit
          }
          if let kind { service.kind = kind }
          if let owner { service.owner = owner }
          if !addedContacts.isEmpty || !removedContacts.isEmpty {
            for text in removedContacts
            where !service.contacts.contains(where: { $0.matches(text) }) {
              throw .invalidText(
                field: "contact '\(text)'",
                reason: "service '\(id)' has no contact with that name, address or phone")
            }
            let added = Set(addedContacts.map(\.key))
            service.contacts =
              service.contacts.filter { contact in
                !added.contains(contact.key) && !removedContacts.contains { contact.matches($0) }
              } + addedContacts
          }
          if let url { service.url = url }
          if let description { service.description = description }
          if !addedTags.isEmpty || !removedTags.isEmpty {
            let removed = Set(removedTags)
            service.tags = (service.tags + addedTags).filter { !removed.contains($0) }
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
    return ChangeOutcome(
      command: Self.name, change: .updated(id, movedFrom: moved?.from, to: moved?.to), ids: [id],
      inBatch: session.isInBatch)
  }
}
