import RegistryModel
import SemVer

/// `versions ID [--matching RANGE]`: a service's versions, newest first.
struct VersionsCommand: Command {
  static let name = "versions"
  /// The service.
  var id: ServiceID
  /// Only the versions this range selects.
  var matching: VersionRange?

  init(id: ServiceID, matching: VersionRange? = nil) {
    self.id = id
    self.matching = matching
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    id = try invocation.required(0, as: ServiceID.self)
    matching = try invocation.value("matching", as: VersionRange.self)
  }

  func run(in session: inout Session) throws(CommandError) -> VersionList {
    let service = try checked { () throws(ModelError) in try session.registrySnapshot.service(id) }
    return VersionList(
      id: id, range: matching,
      versions: service.versions.filter { matching?.contains($0.version) ?? true })
  }
}
