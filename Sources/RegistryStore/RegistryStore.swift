import Dispatch
import RegistryModel

/// A registry directory opened for reading and writing: the model read from its files, the
/// files that could not be read, and what is needed to notice later changes on disk.
public struct RegistryStore: Sendable {
  /// The registry directory, as the user named it.
  public let root: String
  /// The registry as last read or written.
  public private(set) var registry: Registry
  /// Files that could not be read; the rest of the registry is usable without them.
  public private(set) var brokenFiles: [BrokenFile]
  /// Where each service's file is, relative to the root, including services whose file is broken.
  private var servicePaths: [ServiceID: String]
  /// What each file looked like when it was read or written, relative to the root.
  private var fingerprints: [String: FileFingerprint]

  /// Seconds a writer waits for another writer before giving up.
  public static let defaultLockTimeout = 30.0

  /// Opens the registry at `root`, finishing any batch a killed process left behind; broken
  /// files are listed in `brokenFiles`, not thrown. O(files), parsed on every core.
  public static func open(at root: String) throws(StoreError) -> RegistryStore {
    guard FileSystem.exists("\(root)/\(RegistryLayout.settingsFile)") else {
      throw .notARegistry(root)
    }
    var store = RegistryStore(
      root: root, registry: Registry(settings: RegistrySettings(name: "")), brokenFiles: [],
      servicePaths: [:], fingerprints: [:])
    try FileBatch(root: root).recoverIfNeeded()
    do {
      let lock = try WriterLock.acquire(root: root, exclusive: false, timeout: defaultLockTimeout)
      try store.loadAll()
      withExtendedLifetime(lock) {}
    }
    return store
  }

  /// Creates a new, empty registry at `root` named `name`.
  public static func create(at root: String, name: String) throws(StoreError) -> RegistryStore {
    if FileSystem.exists("\(root)/\(RegistryLayout.settingsFile)") {
      throw .alreadyARegistry(root)
    }
    try FileSystem.createDirectories("\(root)/\(RegistryLayout.servicesFolder)")
    let settings = RegistrySettings(name: name)
    try FileSystem.writeAtomically(
      Array(UnitsCodec.encode([:]).utf8), to: "\(root)/\(RegistryLayout.unitsFile)", durable: true)
    // registry.toml last: until it exists the folder is not a registry.
    try FileSystem.writeAtomically(
      Array(SettingsCodec.encode(settings).utf8), to: "\(root)/\(RegistryLayout.settingsFile)",
      durable: true)
    return try open(at: root)
  }

  /// The path of a file of the registry, as the user can open it.
  public func displayPath(_ relative: String) -> String {
    root == "." ? relative : "\(root)/\(relative)"
  }

  /// The file of service `id`, relative to the root, if it has one.
  public func relativePath(of id: ServiceID) -> String? { servicePaths[id] }

  /// The broken file that would define `id`, if any.
  public func brokenFile(for id: ServiceID) -> BrokenFile? {
    brokenFiles.first { $0.serviceID == id }
  }

  // MARK: - Reading

  private mutating func loadAll() throws(StoreError) {
    brokenFiles = []
    fingerprints = [:]
    servicePaths = [:]
    let settings = loadSettings()
    var units = loadUnits()
    let entries = try FileSystem.listFiles(
      under: "\(root)/\(RegistryLayout.servicesFolder)", suffix: ".toml")
    let parsed = parseUsingCache(entries)
    var services: [ServiceID: Service] = [:]
    services.reserveCapacity(entries.count)
    for (entry, result) in zip(entries, parsed) {
      let relative = "\(RegistryLayout.servicesFolder)/\(entry.relativePath)"
      fingerprints[relative] = entry.fingerprint
      accept(result, at: relative, into: &services, units: &units)
    }
    brokenFiles.sort { $0.relativePath < $1.relativePath }
    registry = Registry(settings: settings, units: units, services: services)
  }

  private mutating func loadSettings() -> RegistrySettings {
    let relative = RegistryLayout.settingsFile
    let path = "\(root)/\(relative)"
    fingerprints[relative] = FileSystem.fingerprint(path)
    do {
      let source = String(decoding: try FileSystem.read(path), as: UTF8.self)
      return try SettingsCodec.decode(source, filePath: displayPath(relative))
    } catch {
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
      return RegistrySettings(name: FileSystem.split(root).name)
    }
  }

  private mutating func loadUnits() -> [UnitPath: Unit] {
    let relative = RegistryLayout.unitsFile
    let path = "\(root)/\(relative)"
    fingerprints[relative] = FileSystem.fingerprint(path)
    do {
      guard let source = try FileSystem.readTextIfPresent(path) else { return [:] }
      return try UnitsCodec.decode(source, filePath: displayPath(relative))
    } catch {
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
      return [:]
    }
  }

  /// What reading one service file gave: the service, or why not, with the id when known.
  private struct Parsed: Sendable {
    var id: ServiceID?
    var result: Result<Service, StoreError>
  }

  /// Parses the listed files, taking unchanged ones from the cache; rewrites the cache when
  /// enough had to be parsed that the next open would gain from it. In input order.
  private func parseUsingCache(_ entries: [FileSystem.Entry]) -> [Parsed] {
    let prefix = RegistryLayout.servicesFolder + "/"
    let cache =
      entries.count >= RegistryStore.cacheThreshold
      ? RegistryCache.load(from: root) : RegistryCache()
    var results: [Parsed?] = []
    results.reserveCapacity(entries.count)
    var missing: [Int] = []
    for (index, entry) in entries.enumerated() {
      if let cached = cache.entries[prefix + entry.relativePath],
        cached.fingerprint == entry.fingerprint
      {
        results.append(Parsed(id: cached.service.id, result: .success(cached.service)))
      } else {
        results.append(nil)
        missing.append(index)
      }
    }
    let parsed = parse(missing.map { entries[$0].relativePath })
    for (position, index) in missing.enumerated() { results[index] = parsed[position] }
    let complete = results.map { $0! }
    if entries.count >= RegistryStore.cacheThreshold,
      missing.count > max(32, entries.count / 100)
    {
      var fresh = RegistryCache()
      fresh.entries.reserveCapacity(entries.count)
      for (entry, result) in zip(entries, complete) {
        if case .success(let service) = result.result {
          fresh.entries[prefix + entry.relativePath] = RegistryCache.Entry(
            fingerprint: entry.fingerprint, service: service)
        }
      }
      fresh.save(to: root)
    }
    return complete
  }

  /// Registries with fewer files than this parse faster than a cache would load.
  static let cacheThreshold = 1_000

  /// Parses service files (paths relative to `services/`) in parallel, in input order.
  private func parse(_ paths: [String]) -> [Parsed] {
    let root = self.root
    let displayRoot = root == "." ? "" : "\(root)/"
    var results = [Parsed](
      repeating: Parsed(id: nil, result: .failure(.notARegistry(""))), count: paths.count)
    let chunk = 256
    let chunks = (paths.count + chunk - 1) / chunk
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { index in
        var interner = RangeInterner()
        for position in index * chunk..<min(paths.count, (index + 1) * chunk) {
          output[position] = RegistryStore.parseService(
            relative: paths[position], root: root, displayRoot: displayRoot,
            interner: &interner)
        }
      }
    }
    return results
  }

  private static func parseService(
    relative: String, root: String, displayRoot: String, interner: inout RangeInterner
  ) -> Parsed {
    let full = "\(RegistryLayout.servicesFolder)/\(relative)"
    let display = displayRoot + full
    let (folder, file) = FileSystem.split(relative)
    let stem = String(file.dropLast(".toml".count))
    let id = ServiceID(stem)
    do {
      guard let id else {
        _ = try ServiceID(validating: stem)
        throw StoreError.invalidValue(SourceLocation(path: display), "bad file name")
      }
      guard folder != "." else {
        throw StoreError.invalidValue(
          SourceLocation(path: display),
          "a service file must be inside its unit's folder, such as services/pusat/setjen/\(file)")
      }
      let unit: UnitPath
      do {
        unit = try UnitPath(validating: folder)
      } catch {
        throw StoreError.invalidValue(SourceLocation(path: display), "its folder: \(error)")
      }
      let source = String(decoding: try FileSystem.read("\(root)/\(full)"), as: UTF8.self)
      return Parsed(
        id: id,
        result: .success(
          try ServiceCodec.decode(
            source, id: id, unit: unit, filePath: display, interner: &interner)))
    } catch let error as StoreError {
      return Parsed(id: id, result: .failure(error))
    } catch let error as ModelError {
      return Parsed(
        id: id,
        result: .failure(
          .invalidValue(SourceLocation(path: display), "its file name: \(error.description)")))
    } catch {
      return Parsed(
        id: id, result: .failure(.invalidValue(SourceLocation(path: display), "\(error)")))
    }
  }

  private mutating func accept(
    _ parsed: Parsed, at relative: String, into services: inout [ServiceID: Service],
    units: inout [UnitPath: Unit]
  ) {
    if let id = parsed.id, let other = servicePaths[id], other != relative {
      let error = StoreError.invalidValue(
        SourceLocation(path: displayPath(relative)),
        "service id '\(id)' is also defined in \(displayPath(other)); ids are unique across units")
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
      return
    }
    if let id = parsed.id { servicePaths[id] = relative }
    switch parsed.result {
    case .success(let service):
      if units[service.unit] == nil {
        // A folder not yet listed in units.toml still holds real services: show them.
        units[service.unit] = Unit(
          path: service.unit, name: service.unit.description, level: .other)
      }
      services[service.id] = service
    case .failure(let error):
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: parsed.id, error: error))
    }
  }

  // MARK: - Noticing changes

  /// Rereads whatever changed on disk since it was last read or written (another process, a
  /// hand edit, `git pull`) and returns those paths, relative to the root. O(files) stats.
  @discardableResult
  public mutating func refresh() throws(StoreError) -> [String] {
    try refresh(candidates: nil)
  }

  /// Like `refresh()`, but when `watcher` can say which files may have changed, only those are
  /// looked at: O(changes) instead of O(files).
  @discardableResult
  public mutating func refresh(using watcher: DirectoryWatcher) throws(StoreError) -> [String] {
    switch watcher.changes() {
    case .none: return []
    case .files(let paths): return try refresh(candidates: paths)
    case .unknown: return try refresh(candidates: nil)
    }
  }

  private mutating func refresh(candidates: Set<String>?) throws(StoreError) -> [String] {
    try FileBatch(root: root).recoverIfNeeded()
    let changed: [String]
    if let candidates {
      changed = changedPaths(among: candidates)
    } else {
      changed = try changedPaths()
    }
    guard !changed.isEmpty else { return [] }
    // Any change can move ids between files; rereading the changed files keeps this simple and
    // proportional to the change, but settings and units affect everything, so reload fully.
    if changed.contains(RegistryLayout.settingsFile) || changed.contains(RegistryLayout.unitsFile)
      || changed.count > max(64, servicePaths.count / 8)
    {
      try loadAll()
      return changed
    }
    var services = registry.services
    var units = registry.units
    let changedSet = Set(changed)
    brokenFiles.removeAll { changedSet.contains($0.relativePath) }
    for relative in changed {
      let stem = FileSystem.split(relative).name.dropLast(".toml".count)
      if let id = ServiceID(stem), servicePaths[id] == relative {
        servicePaths[id] = nil
        services[id] = nil
      }
      fingerprints[relative] = nil
    }
    let present = changed.filter { FileSystem.exists("\(root)/\($0)") }
    let prefix = RegistryLayout.servicesFolder.count + 1
    let parsed = parse(present.map { String($0.dropFirst(prefix)) })
    for (relative, result) in zip(present, parsed) {
      fingerprints[relative] = FileSystem.fingerprint("\(root)/\(relative)")
      accept(result, at: relative, into: &services, units: &units)
    }
    brokenFiles.sort { $0.relativePath < $1.relativePath }
    registry.services = services
    registry.units = units
    return changed
  }

  /// Which of `candidates` (paths relative to the root) differ from what was last read.
  private func changedPaths(among candidates: Set<String>) -> [String] {
    candidates.filter { relative in
      let isRegistryFile =
        relative == RegistryLayout.settingsFile || relative == RegistryLayout.unitsFile
        || (relative.hasPrefix(RegistryLayout.servicesFolder + "/") && relative.hasSuffix(".toml"))
      return isRegistryFile
        && FileSystem.fingerprint("\(root)/\(relative)") != fingerprints[relative]
    }.sorted()
  }

  private func changedPaths() throws(StoreError) -> [String] {
    var changed: [String] = []
    for relative in [RegistryLayout.settingsFile, RegistryLayout.unitsFile]
    where FileSystem.fingerprint("\(root)/\(relative)") != fingerprints[relative] {
      changed.append(relative)
    }
    var seen = Set<String>()
    for entry in try FileSystem.listFiles(
      under: "\(root)/\(RegistryLayout.servicesFolder)", suffix: ".toml")
    {
      let relative = "\(RegistryLayout.servicesFolder)/\(entry.relativePath)"
      seen.insert(relative)
      if fingerprints[relative] != entry.fingerprint { changed.append(relative) }
    }
    for relative in fingerprints.keys
    where relative.hasPrefix(RegistryLayout.servicesFolder + "/") && !seen.contains(relative) {
      changed.append(relative)
    }
    return changed.sorted()
  }

  // MARK: - Writing

  /// Moves the registry out so a change can be made in place without copying it; give it
  /// back with `putBack(_:)` before saving. O(1).
  public mutating func takeRegistry() -> Registry {
    let taken = registry
    registry = Registry(settings: taken.settings)
    return taken
  }

  /// Returns a registry taken with `takeRegistry()`, changed or not. O(1).
  public mutating func putBack(_ registry: Registry) {
    self.registry = registry
  }

  /// Rereads everything from disk, for when memory may be ahead of the files (a failed save).
  public mutating func reload() throws(StoreError) {
    try loadAll()
  }

  /// Takes the exclusive writer lock, waiting up to `timeout` seconds for another writer.
  /// Call `refresh()` next, so that the change about to be made is made on the newest state.
  public func lockForWriting(timeout: Double = defaultLockTimeout) throws(StoreError)
    -> WriterLock
  {
    guard let lock = try WriterLock.acquire(root: root, exclusive: true, timeout: timeout) else {
      throw .io(path: root, operation: "lock", errno: EACCES)
    }
    return lock
  }

  /// Writes `update` as one batch while `lock` is held: the changed service files, moves and
  /// removals, units, settings and journal lines land together or not at all.
  ///
  /// Refuses, writing nothing, when a file it would replace changed on disk since it was read.
  /// O(size of the change), with three syncs whatever its size.
  public mutating func save(_ update: StoreUpdate, holding lock: WriterLock) throws(StoreError) {
    var changes: [FileChange] = []
    var expected: [String] = []
    var newPaths: [ServiceID: String?] = [:]
    for id in update.services.keys.sorted() {
      let old = servicePaths[id]
      if let service = update.services[id]! {
        let path = RegistryLayout.servicePath(service.id, in: service.unit)
        changes.append(.write(path: path, contents: Array(ServiceCodec.encode(service).utf8)))
        expected.append(path)
        if let old, old != path {
          changes.append(.delete(path: old))
          expected.append(old)
        }
        newPaths[id] = path
      } else if let old {
        changes.append(.delete(path: old))
        expected.append(old)
        newPaths[id] = .some(nil)
      }
    }
    if let units = update.units {
      changes.append(
        .write(path: RegistryLayout.unitsFile, contents: Array(UnitsCodec.encode(units).utf8)))
      expected.append(RegistryLayout.unitsFile)
    }
    if let settings = update.settings {
      changes.append(
        .write(
          path: RegistryLayout.settingsFile, contents: Array(SettingsCodec.encode(settings).utf8)))
      expected.append(RegistryLayout.settingsFile)
    }
    let stale = expected.filter {
      FileSystem.fingerprint("\(root)/\($0)") != fingerprints[$0]
    }
    guard stale.isEmpty else { throw .changedOnDisk(stale.map(displayPath)) }
    if !update.journal.isEmpty {
      let journal = "\(root)/\(RegistryLayout.journalFile)"
      let size = FileSystem.fingerprint(journal)?.size ?? 0
      let text = update.journal.map(\.line).joined()
      changes.append(
        .append(path: RegistryLayout.journalFile, offset: size, contents: Array(text.utf8)))
    }
    try FileBatch(root: root).commit(changes)
    withExtendedLifetime(lock) {}

    for (id, path) in newPaths {
      servicePaths[id] = path
      registry.services[id] = update.services[id]!
    }
    let touched = Set(expected)
    brokenFiles.removeAll { touched.contains($0.relativePath) }
    for path in expected { fingerprints[path] = FileSystem.fingerprint("\(root)/\(path)") }
    if let units = update.units { registry.units = units }
    if let settings = update.settings { registry.settings = settings }
  }
}

/// What one save changes: services written (or removed, as `nil`), and optionally the units,
/// the settings and journal lines.
public struct StoreUpdate: Sendable {
  /// The services to write, by id; `nil` removes the service's file.
  public var services: [ServiceID: Service?]
  /// The whole new set of units, when it changed.
  public var units: [UnitPath: Unit]?
  /// The new settings, when they changed.
  public var settings: RegistrySettings?
  /// Lines to append to the journal.
  public var journal: [JournalEntry]

  /// Creates an update.
  public init(
    services: [ServiceID: Service?] = [:], units: [UnitPath: Unit]? = nil,
    settings: RegistrySettings? = nil, journal: [JournalEntry] = []
  ) {
    self.services = services
    self.units = units
    self.settings = settings
    self.journal = journal
  }

  /// Whether the update writes nothing.
  public var isEmpty: Bool {
    services.isEmpty && units == nil && settings == nil && journal.isEmpty
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
