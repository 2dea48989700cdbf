import RegistryModel

/// Brings inventory spreadsheets in: a services file (one row per service, headers in English
/// or Indonesian) and optionally a links file, matched to the registry by id so that importing
/// again updates instead of duplicating.
///
/// `plan` works everything out against a registry without changing it and reports every bad
/// row as `FILE:LINE: error: …`; `ImportPlan.apply` then makes all of it land, which callers do
/// only when there are no errors. O(rows + links), plus the sort of the ids.
public struct InventoryImporter: Sendable {
  /// How files are read and unknown units treated.
  public var options: ImportOptions

  /// Creates an importer.
  public init(options: ImportOptions = ImportOptions()) {
    self.options = options
  }

  /// Plans the import of `services` (and `links`, whose rows then become the complete links of
  /// every service either file names) into `registry`.
  public func plan(
    services: InventoryDocument, links: InventoryDocument? = nil, against registry: Registry
  )
    -> ImportPlan
  {
    var plan = ImportPlan()
    var state = PlanState(registry: registry)
    let readable = readServices(services, into: &state, plan: &plan)
    if let links, readable {
      readLinks(links, into: &state, plan: &plan)
    }
    finish(state, services: services, plan: &plan)
    return plan
  }

  /// What an import has worked out so far.
  struct PlanState {
    let registry: Registry
    /// The new value of each service a row names, with the row's line.
    var planned: [ServiceID: (line: Int, service: Service)] = [:]
    /// The ids the services file names, in row order.
    var rowIDs: [ServiceID] = []
    /// The ids of rows left out for an unknown unit.
    var skipped: Set<ServiceID> = []
    /// The ids of rows with errors, so that links to them are not reported again.
    var failed: Set<ServiceID> = []
    /// Units to create.
    var newUnits: [UnitPath: Unit] = [:]

    /// Whether `id` is a service after the import.
    func exists(_ id: ServiceID) -> Bool {
      planned[id] != nil || registry.services[id] != nil
    }
  }

  /// Sorts the issues by file and line, and lists what is added and changed.
  private func finish(_ state: PlanState, services: InventoryDocument, plan: inout ImportPlan) {
    let servicesFile = services.name
    func order(_ issue: ImportIssue) -> (Int, Int) {
      (issue.file == servicesFile ? 0 : 1, issue.line)
    }
    plan.errors.sort { order($0) < order($1) }
    plan.warnings.sort { order($0) < order($1) }
    var usedUnits: Set<UnitPath> = []
    for id in state.planned.keys.sorted() {
      let service = state.planned[id]!.service
      usedUnits.insert(service.unit)
      guard let existing = state.registry.services[id] else {
        plan.added.append(id)
        plan.services.append(service)
        continue
      }
      let fields = Self.changedFields(from: existing, to: service)
      if fields.isEmpty {
        plan.unchanged += 1
      } else {
        plan.updated.append(ServiceChange(id: id, fields: fields))
        plan.services.append(service)
      }
    }
    plan.createdUnits = state.newUnits.values.filter { usedUnits.contains($0.path) }
      .sorted { $0.path < $1.path }
  }

  private static func changedFields(from old: Service, to new: Service) -> [String] {
    var fields: [String] = []
    if old.name != new.name { fields.append("name") }
    if old.unit != new.unit { fields.append("unit") }
    if old.kind != new.kind { fields.append("kind") }
    if old.lifecycle != new.lifecycle { fields.append("lifecycle") }
    if old.tags != new.tags { fields.append("tags") }
    if old.url != new.url { fields.append("url") }
    if old.description != new.description { fields.append("description") }
    if old.versions != new.versions { fields.append("versions") }
    if old.deprecation != new.deprecation { fields.append("deprecation") }
    if old.links != new.links { fields.append("links") }
    return fields
  }
}
