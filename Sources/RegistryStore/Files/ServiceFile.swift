/// Where the file defining a service id is, and what it looked like when last read or written.
///
/// The file is always `services/<folder>/<id>.toml`, so keeping the folder (one string shared
/// by every service of a unit) instead of the path saves a string per service.
struct ServiceFile: Sendable {
  /// What stat said of the file, if it could.
  var fingerprint: FileFingerprint?
  /// The folder under `services/`, such as `pusat/setjen`.
  var folder: String

  init(folder: String, fingerprint: FileFingerprint? = nil) {
    self.fingerprint = fingerprint
    self.folder = folder
  }

  /// The file's path relative to the registry's root.
  func relativePath(of id: String) -> String {
    "\(RegistryLayout.servicesFolder)/\(folder)/\(id).toml"
  }
}
