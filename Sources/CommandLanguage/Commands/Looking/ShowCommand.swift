import RegistryModel

/// `show REF`: a service with its versions, links and dependents, or one version, or the
/// versions in a range.
struct ShowCommand: Command {
  static let name = "show"
  /// What to show: `ID`, `ID@VERSION` or `ID@RANGE`.
  var reference: Reference

  init(reference: Reference) { self.reference = reference }

  init(parsing invocation: Invocation) throws(CommandError) {
    reference = try invocation.required(0, as: Reference.self)
  }

  func run(in session: inout Session) throws(CommandError) -> ServiceDetails {
    let registry = session.registrySnapshot
    guard let service = registry.services[reference.service] else {
      if let broken = session.store?.brokenFile(for: reference.service) {
        throw .failed(
          "service '\(reference.service)' is in a file that does not parse: \(broken.error)")
      }
      throw .model(.unknownService(reference.service))
    }
    switch reference.selector {
    case .service:
      let file = session.store?.relativePath(of: service.id).map { session.store!.displayPath($0) }
      return ServiceDetails(
        service: service, unitName: registry.units[service.unit]?.name,
        ownerUnitName: service.owner.flatMap(UnitPath.init).flatMap { registry.units[$0]?.name },
        file: file,
        links: service.links.map { link in
          ServiceDetails.LinkState(
            link: link, resolution: registry.services[link.target].map(link.resolution(in:)))
        },
        dependents: session.dependents(of: service.id))
    case .version(let version):
      guard let record = service.record(of: version) else {
        throw .model(.unknownVersion(service.id, version.description))
      }
      return ServiceDetails(service: service, selection: .version(record))
    case .range(let range):
      return ServiceDetails(
        service: service,
        selection: .versions(service.versions.filter { range.contains($0.version) }))
    }
  }
}
