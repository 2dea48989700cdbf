import RegistryModel

/// Past revisions of a registry, seen through the files that differ from the working tree.
extension RegistryStore {
  /// This registry as it was at `revision`: the files `overlay` holds replace (or remove) the
  /// working tree's, the rest are the ones already read. The view is read, never written, and
  /// does not follow later changes on disk. O(changed files + services).
  public func viewed(at revision: String, through overlay: FileOverlay) -> RegistryStore {
    var view = self
    view.revision = revision
    // A batch left unfinished in the working tree says nothing about a past revision.
    view.unfinishedBatch = nil
    view.linksLeavingRegistry = []
    view.apply(overlay)
    return view
  }

  private mutating func apply(_ overlay: FileOverlay) {
    var services = registry.services
    var settings = registry.settings
    var declared = declaredUnits
    let changed = Set(overlay.files.keys)
    brokenFiles.removeAll { changed.contains($0.relativePath) }
    var present: [FileSystem.Entry] = []
    var sources: [[UInt8]] = []
    let servicesPrefix = RegistryLayout.servicesFolder + "/"
    for (relative, contents) in overlay.files.sorted(by: { $0.key < $1.key }) {
      otherFingerprints[relative] = nil
      switch relative {
      case RegistryLayout.settingsFile:
        guard let contents else { continue }
        do {
          settings = try SettingsCodec.decode(
            String(decoding: contents, as: UTF8.self), filePath: displayPath(relative))
        } catch {
          brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
        }
      case RegistryLayout.unitsFile:
        declared = [:]
        guard let contents else { continue }
        do {
          declared = try UnitsCodec.decode(
            String(decoding: contents, as: UTF8.self), filePath: displayPath(relative))
        } catch {
          brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
        }
      default:
        let inside = relative.dropFirst(servicesPrefix.count)
        // The listing of the working tree skips hidden files and folders; so does a revision.
        guard relative.hasPrefix(servicesPrefix), relative.hasSuffix(".toml"),
          !inside.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { continue }
        if let (folder, id) = RegistryStore.serviceFile(at: relative),
          serviceFiles[id]?.folder == folder
        {
          serviceFiles[id] = nil
          services[id] = nil
        }
        guard let contents else { continue }
        let (folder, name) = FileSystem.split(String(inside))
        present.append(
          FileSystem.Entry(
            folder: folder == "." ? "" : folder, name: name,
            fingerprint: FileFingerprint(device: 0, inode: 0, size: 0, modified: 0, changed: 0)))
        sources.append(contents)
      }
    }
    var units = declared
    var lastUnit: UnitPath? = nil
    for (entry, parsed) in zip(present, parse(present, sources: sources)) {
      accept(parsed, from: entry, into: &services, units: &units, lastUnit: &lastUnit)
    }
    // Units made up for folders units.toml does not list follow the revision's folders.
    for service in services.values where units[service.unit] == nil {
      units[service.unit] = Unit(path: service.unit, name: service.unit.description, level: .other)
    }
    brokenFiles.sort { $0.relativePath < $1.relativePath }
    declaredUnits = declared
    registry = Registry(settings: settings, units: units, services: services)
  }
}
