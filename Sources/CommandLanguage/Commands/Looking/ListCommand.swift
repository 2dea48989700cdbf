import RegistryModel

/// `list`: the services, filtered by unit, owner, lifecycle, kind and tag, sorted by a field (id by
/// default), perhaps only the first few.
struct ListCommand: Command {
  static let name = "list"
  /// Only services of this unit (or group of units), as the user named it.
  var unit: String?
  /// Only services this unit or team owns, as the user named it.
  var owner: String?
  /// Only services at this stage.
  var lifecycle: Lifecycle?
  /// Only services of this kind.
  var kind: Kind?
  /// Only services with this tag.
  var tag: String?
  /// The order.
  var order: ServiceOrder = .id
  /// Only the first this many, when given.
  var limit: Limit?
  /// Whether the heading line and the count are left out.
  var rowsOnly = false

  init(unit: String? = nil, lifecycle: Lifecycle? = nil, kind: Kind? = nil, tag: String? = nil) {
    self.unit = unit
    self.lifecycle = lifecycle
    self.kind = kind
    self.tag = tag
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    unit = invocation.value("unit")
    owner = invocation.value("owner")
    lifecycle = try invocation.value("lifecycle", as: Lifecycle.self)
    kind = try invocation.value("kind", as: Kind.self)
    tag = invocation.value("tag")
    order = try invocation.value("sort", as: ServiceOrder.self) ?? .id
    limit = try invocation.value("limit", as: Limit.self)
    rowsOnly = invocation.has("no-header")
  }

  func run(in session: inout Session) throws(CommandError) -> ServiceList {
    _ = try session.openStore()
    let unit = try unit.map(session.existingUnit)
    let owned = try owner.map(session.ownerFilter)
    var services: [Service] = []
    for (index, service) in session.registrySnapshot.services.values.enumerated() {
      if index % 4096 == 4095, session.interruptCheck() { throw .interrupted }
      guard unit.map({ service.unit.isWithin($0) }) ?? true,
        owned.map({ $0(service) }) ?? true,
        lifecycle.map({ service.lifecycle == $0 }) ?? true,
        kind.map({ service.kind == $0 }) ?? true,
        tag.map({ service.tags.contains($0) }) ?? true
      else { continue }
      services.append(service)
    }
    let sorted = services.sorted(by: order.areInIncreasingOrder)
    let shown = limit.map { Array(sorted.prefix($0.count)) } ?? sorted
    return ServiceList(services: shown, total: services.count, rowsOnly: rowsOnly)
  }
}
