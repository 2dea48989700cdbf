import RegistryModel

/// Where each thing lives inside a registry directory.
public enum RegistryLayout {
  /// The registry's settings; its presence marks a registry.
  public static let settingsFile = "registry.toml"
  /// The organisational units.
  public static let unitsFile = "units.toml"
  /// The folder holding one folder per unit, and in it one file per service.
  static let servicesFolder = "services"
  /// The append-only record of every change.
  public static let journalFile = "journal.log"
  /// git's per-path settings, where a registry asks for the journal to be union-merged.
  static let gitAttributesFile = ".gitattributes"
  /// svcreg's private state (lock, batch log, cache), never committed to git.
  static let stateFolder = ".svcreg"

  /// Whether `relative` (a path from the root) is a file the registry is read from: the
  /// settings, the units, or a service file.
  public static func isRegistryFile(_ relative: String) -> Bool {
    relative == settingsFile || relative == unitsFile
      || (relative.hasPrefix(servicesFolder + "/") && relative.hasSuffix(".toml"))
  }

  /// The file of service `id` in `unit`, relative to the root.
  static func servicePath(_ id: ServiceID, in unit: UnitPath) -> String {
    "\(servicesFolder)/\(unit)/\(id.rawValue).toml"
  }
}
