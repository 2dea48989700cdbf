import RegistryModel

/// Finding files that are not in the canonical form svcreg writes (hand edits, generators).
extension RegistryStore {
  /// What is not in canonical form: service ids, and whether units.toml and registry.toml are.
  public struct NonCanonical: Sendable, Equatable {
    /// Services whose file would change if svcreg rewrote it.
    public var services: [ServiceID]
    /// Whether units.toml would change.
    public var units: Bool
    /// Whether registry.toml would change.
    public var settings: Bool

    /// Whether every file is already canonical.
    public var isEmpty: Bool { services.isEmpty && !units && !settings }
  }

  /// Compares every readable file with the text svcreg would write for it; O(total bytes).
  public func filesNotInCanonicalForm() throws(StoreError) -> NonCanonical {
    var services: [ServiceID] = []
    for id in registry.sortedServiceIDs {
      guard let relative = relativePath(of: id), let service = registry.services[id] else {
        continue
      }
      let bytes = try FileSystem.read("\(root)/\(relative)")
      if bytes != Array(ServiceCodec.encode(service).utf8) { services.append(id) }
    }
    let broken = Set(brokenFiles.map(\.relativePath))
    func differs(_ relative: String, _ text: String) throws(StoreError) -> Bool {
      guard !broken.contains(relative) else { return false }
      let current = try FileSystem.readTextIfPresent("\(root)/\(relative)") ?? ""
      return current != text
    }
    return NonCanonical(
      services: services,
      units: try differs(RegistryLayout.unitsFile, UnitsCodec.encode(registry.units)),
      settings: try differs(RegistryLayout.settingsFile, SettingsCodec.encode(registry.settings)))
  }
}
