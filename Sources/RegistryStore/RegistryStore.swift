import Dispatch
import RegistryModel
import Synchronization

/// A registry directory opened for reading and writing: the model read from its files, the
/// files that could not be read, and what is needed to notice later changes on disk.
public struct RegistryStore: Sendable {
  /// The registry directory, as the user named it.
  public let root: String
  /// The registry as last read or written.
  public internal(set) var registry: Registry
  /// Files that could not be read; the rest of the registry is usable without them.
  public internal(set) var brokenFiles: [BrokenFile]
  /// The file of each service id defined by a file, including ids whose file is broken.
  var serviceFiles: [ServiceID: ServiceFile]
  /// What every other file read looked like, by path relative to the root: the settings, the
  /// units, and service files that define no id (a bad name, an id defined twice).
  var otherFingerprints: [String: FileFingerprint]
  /// Why a batch left behind could not be finished (a damaged redo log, a full disk), while
  /// that lasts: the files are read as they are, and nothing is written.
  public internal(set) var unfinishedBatch: StoreError?
  /// Symbolic links inside `services/` that lead out of the registry, with where they lead:
  /// read through, never written through.
  public internal(set) var linksLeavingRegistry: [(path: String, target: String)] = []
  /// The units `units.toml` declares, without those made up for folders it does not list.
  var declaredUnits: [UnitPath: Unit] = [:]
  /// The revision shown, when this is a view of a past revision (read, never written).
  public internal(set) var revision: String?

  /// Seconds a writer waits for another writer before giving up.
  public static let defaultLockTimeout = 30.0

  /// Opens the registry at `root`, finishing any batch a killed process left behind; broken
  /// files are listed in `brokenFiles`, not thrown. O(files), parsed on every core.
  ///
  /// `progress`, when given, hears how many of the files that had to be parsed (those the
  /// parse cache did not hold) are done, from any thread, as the work goes.
  public static func open(
    at root: String, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) throws(StoreError) -> RegistryStore {
    guard FileSystem.exists("\(root)/\(RegistryLayout.settingsFile)") else {
      throw .notARegistry(root)
    }
    var store = RegistryStore(
      root: root, registry: Registry(settings: RegistrySettings(name: "")), brokenFiles: [],
      serviceFiles: [:], otherFingerprints: [:], unfinishedBatch: nil, linksLeavingRegistry: [])
    try store.finishPendingBatch(timeout: defaultLockTimeout)
    do {
      let lock = try WriterLock.acquire(root: root, exclusive: false, timeout: defaultLockTimeout)
      try store.loadAll(progress: progress)
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
    try addGitAttributes(at: root)
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
  public func relativePath(of id: ServiceID) -> String? {
    serviceFiles[id]?.relativePath(of: id.rawValue)
  }

  /// The broken file that would define `id`, if any.
  public func brokenFile(for id: ServiceID) -> BrokenFile? {
    brokenFiles.first { $0.serviceID == id }
  }

  // MARK: - Reading

  private mutating func loadAll(
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) throws(StoreError) {
    brokenFiles = []
    otherFingerprints = [:]
    serviceFiles = [:]
    let settings = loadSettings()
    // The cache is read while the folders are listed: each leaves a core idle part of the
    // time (the folder tree's first levels, the cache's string table), so together they take
    // less time than one after the other. Only registries large enough have a cache.
    let loading = DispatchGroup()
    nonisolated(unsafe) var loaded = RegistryCache()
    let root = self.root
    if FileSystem.exists(RegistryCache.path(in: root)) {
      DispatchQueue.global().async(group: loading) { loaded = RegistryCache.load(from: root) }
    }
    var links: [String] = []
    let listing = Result { () throws(StoreError) in
      try FileSystem.listFiles(
        under: "\(root)/\(RegistryLayout.servicesFolder)", suffix: ".toml", links: &links)
    }
    loading.wait()
    let entries = try listing.get()
    linksLeavingRegistry = links.compactMap { link in
      FileSystem.linkLeavingRoot(root, toward: "\(RegistryLayout.servicesFolder)/\(link)")
    }
    var cache = entries.count >= RegistryStore.cacheThreshold ? loaded : RegistryCache()
    loaded = RegistryCache()
    let declaredUnits = loadUnits(cached: cache.units)
    self.declaredUnits = declaredUnits
    var units = declaredUnits
    let cached = cachedSlots(of: entries, in: cache)
    var missing: [FileSystem.Entry] = []
    for (entry, slot) in zip(entries, cached) where slot < 0 { missing.append(entry) }
    let parsed = parse(missing, progress: progress)
    var services: [ServiceID: Service] = [:]
    services.reserveCapacity(entries.count)
    serviceFiles.reserveCapacity(entries.count)
    var nextParsed = 0
    var lastUnit: UnitPath? = nil
    for (entry, slot) in zip(entries, cached) {
      if slot >= 0, let service = cache.services[slot].take() {
        accept(
          Parsed(cached: service), from: entry, into: &services, units: &units,
          lastUnit: &lastUnit)
      } else {
        accept(
          parsed[nextParsed], from: entry, into: &services, units: &units, lastUnit: &lastUnit)
        nextParsed += 1
      }
    }
    let unitsReparsed =
      cache.units?.fingerprint != otherFingerprints[RegistryLayout.unitsFile] && !unitsFileIsBroken
    // The cache's copies are all taken or stale now; freeing them lowers the peak.
    cache = RegistryCache()
    brokenFiles.sort { $0.relativePath < $1.relativePath }
    registry = Registry(settings: settings, units: units, services: services)
    if entries.count >= RegistryStore.cacheThreshold,
      missing.count > max(32, entries.count / 100) || unitsReparsed
    {
      saveCache(in: entries, declaredUnits: declaredUnits)
    }
  }

  /// Writes the parse cache for the registry as read, with the units declared in units.toml
  /// unless that file is broken.
  ///
  /// The services go in the order the files were listed, which the next listing of unchanged
  /// folders repeats, so that the next open finds each file's slot without a lookup.
  private func saveCache(in entries: [FileSystem.Entry], declaredUnits: [UnitPath: Unit]) {
    let files = serviceFiles
    let services = registry.services
    let unitsPrint = otherFingerprints[RegistryLayout.unitsFile]
    RegistryCache.save(
      entries.lazy.compactMap { entry in
        guard let id = ServiceID(entry.name.dropLast(".toml".count)),
          let file = files[id], file.folder == entry.folder, let print = file.fingerprint,
          let service = services[id]
        else { return nil }
        return (service: service, fingerprint: print)
      },
      units: unitsFileIsBroken ? nil : unitsPrint.map { (units: declaredUnits, fingerprint: $0) },
      to: root)
  }

  /// Whether units.toml was read and found broken.
  private var unitsFileIsBroken: Bool {
    brokenFiles.contains { $0.relativePath == RegistryLayout.unitsFile }
  }

  /// For each listed file, the position of its unchanged parse in `cache`, or -1 when it must
  /// be parsed: the cache must hold a service with the file's id, in the file's folder, read
  /// from a file with exactly this fingerprint. O(files).
  private func cachedSlots(of entries: [FileSystem.Entry], in cache: RegistryCache) -> [Int] {
    guard !cache.services.isEmpty else { return Array(repeating: -1, count: entries.count) }
    func matches(_ entry: FileSystem.Entry, _ slot: Int) -> Bool {
      guard cache.fingerprints[slot] == entry.fingerprint, entry.folder == cache.folders[slot],
        let id = cache.services[slot]?.id.rawValue
      else { return false }
      return entry.name.utf8.count == id.utf8.count + 5 && entry.name.hasPrefix(id)
    }
    // The cache is in the order of the listing it was written after, which unchanged folders
    // repeat: most files are at their own position. The others are found by inode, which is
    // much cheaper to hash than a path; fingerprint, id and folder are compared either way.
    var byInode: [UInt64: Int]? = nil
    return entries.enumerated().map { position, entry in
      if position < cache.services.count, matches(entry, position) { return position }
      if byInode == nil {
        var slots: [UInt64: Int] = [:]
        slots.reserveCapacity(cache.services.count)
        for (slot, print) in cache.fingerprints.enumerated() { slots[print.inode] = slot }
        byInode = slots
      }
      guard let slot = byInode![entry.fingerprint.inode], matches(entry, slot) else { return -1 }
      return slot
    }
  }

  private mutating func loadSettings() -> RegistrySettings {
    let relative = RegistryLayout.settingsFile
    let path = "\(root)/\(relative)"
    otherFingerprints[relative] = FileSystem.fingerprint(path)
    do {
      let source = String(decoding: try FileSystem.read(path), as: UTF8.self)
      return try SettingsCodec.decode(source, filePath: displayPath(relative))
    } catch {
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
      return RegistrySettings(name: FileSystem.split(root).name)
    }
  }

  /// The units declared in units.toml, from `cached` when the file is unchanged since then.
  private mutating func loadUnits(
    cached: (units: [UnitPath: Unit], fingerprint: FileFingerprint)? = nil
  ) -> [UnitPath: Unit] {
    let relative = RegistryLayout.unitsFile
    let path = "\(root)/\(relative)"
    let print = FileSystem.fingerprint(path)
    otherFingerprints[relative] = print
    if let cached, cached.fingerprint == print { return cached.units }
    do {
      guard let source = try FileSystem.readTextIfPresent(path) else { return [:] }
      return try UnitsCodec.decode(source, filePath: displayPath(relative))
    } catch {
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
      return [:]
    }
  }

  /// What reading one service file gave: the service, or why not, with the id when known.
  struct Parsed: Sendable {
    var id: ServiceID?
    var result: Result<Service, StoreError>

    init(id: ServiceID?, result: Result<Service, StoreError>) {
      self.id = id
      self.result = result
    }

    init(cached service: Service) {
      id = service.id
      result = .success(service)
    }
  }

  /// Registries with fewer files than this parse faster than a cache would load.
  static let cacheThreshold = 1_000

  /// Parses service files (folders relative to `services/`) in parallel, in input order.
  func parse(
    _ files: [FileSystem.Entry], sources: [[UInt8]]? = nil,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) -> [Parsed] {
    let finished = Atomic<Int>(0)
    let root = self.root
    let displayRoot = root == "." ? "" : "\(root)/"
    var results = [Parsed](
      repeating: Parsed(id: nil, result: .failure(.notARegistry(""))), count: files.count)
    let chunk = 256
    let chunks = (files.count + chunk - 1) / chunk
    // One worker per core, each taking every n-th chunk with one interner for all of them, so
    // that equal ranges, link terms and ids parsed on one core share one copy (at a million
    // files, a fresh interner per chunk left gigabytes of copies).
    let workers = max(1, min(chunks, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var interner = ValueInterner()
        for index in stride(from: worker, to: chunks, by: workers) {
          for position in index * chunk..<min(files.count, (index + 1) * chunk) {
            output[position] = RegistryStore.parseService(
              folder: files[position].folder, file: files[position].name, root: root,
              displayRoot: displayRoot, source: sources?[position], interner: &interner)
          }
          if let progress {
            let done = finished.add(
              min(files.count, (index + 1) * chunk) - index * chunk, ordering: .relaxed
            ).newValue
            progress(done, files.count)
          }
        }
      }
    }
    return results
  }

  private static func parseService(
    folder: String, file: String, root: String, displayRoot: String, source bytes: [UInt8]?,
    interner: inout ValueInterner
  ) -> Parsed {
    let stem = String(file.dropLast(".toml".count))
    let full = ServiceFile(folder: folder).relativePath(of: stem)
    let display = displayRoot + full
    let id = ServiceID(stem)
    do {
      guard let id else {
        _ = try ServiceID(validating: stem)
        throw StoreError.invalidValue(SourceLocation(path: display), "bad file name")
      }
      guard !folder.isEmpty else {
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
      let source = String(
        decoding: try bytes ?? FileSystem.read("\(root)/\(full)"), as: UTF8.self)
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

  /// Takes in what reading `file` gave: its service, or a broken file; an id already defined
  /// by another file makes this one broken, whichever is valid. `lastUnit` is the unit of the
  /// service taken in before: a folder's files come together, so most services have the unit
  /// just looked up.
  mutating func accept(
    _ parsed: Parsed, from file: FileSystem.Entry, into services: inout [ServiceID: Service],
    units: inout [UnitPath: Unit], lastUnit: inout UnitPath?
  ) {
    if let id = parsed.id {
      let record = ServiceFile(folder: file.folder, fingerprint: file.fingerprint)
      // One lookup in the common case; an id another file took is put back.
      if let other = serviceFiles.updateValue(record, forKey: id) {
        serviceFiles[id] = other
        let relative = record.relativePath(of: id.rawValue)
        let error = StoreError.invalidValue(
          SourceLocation(path: displayPath(relative)),
          "service id '\(id)' is also defined in "
            + "\(displayPath(other.relativePath(of: id.rawValue))); ids are unique across units")
        brokenFiles.append(BrokenFile(relativePath: relative, serviceID: nil, error: error))
        otherFingerprints[relative] = file.fingerprint
        return
      }
    }
    switch parsed.result {
    case .success(let service):
      if service.unit != lastUnit {
        if units[service.unit] == nil {
          // A folder not yet listed in units.toml still holds real services: show them.
          units[service.unit] = Unit(
            path: service.unit, name: service.unit.description, level: .other)
        }
        lastUnit = service.unit
      }
      services[service.id] = service
    case .failure(let error):
      let relative = "\(RegistryLayout.servicesFolder)/\(file.relativePath)"
      if parsed.id == nil { otherFingerprints[relative] = file.fingerprint }
      brokenFiles.append(BrokenFile(relativePath: relative, serviceID: parsed.id, error: error))
    }
  }

  /// What `relative` (a path from the root) looked like when last read or written.
  private func storedFingerprint(of relative: String) -> FileFingerprint? {
    if let (folder, id) = RegistryStore.serviceFile(at: relative), let file = serviceFiles[id],
      file.folder == folder
    {
      return file.fingerprint
    }
    return otherFingerprints[relative]
  }

  /// The folder and id of a path `services/<folder>/<id>.toml`, if it is one.
  static func serviceFile(at relative: String) -> (folder: String, id: ServiceID)? {
    let prefix = RegistryLayout.servicesFolder + "/"
    guard relative.hasPrefix(prefix), relative.hasSuffix(".toml") else { return nil }
    let inside = relative.dropFirst(prefix.count)
    guard let slash = inside.lastIndex(of: "/"),
      let id = ServiceID(inside[inside.index(after: slash)...].dropLast(".toml".count))
    else { return nil }
    return (String(inside[..<slash]), id)
  }

  /// Finishes a batch a writer left behind, taking the writer lock for up to `timeout`
  /// seconds; when it cannot be finished, records why in `unfinishedBatch` instead of
  /// throwing, so that reading goes on. Throws only when the lock is not free in time.
  private mutating func finishPendingBatch(timeout: Double) throws(StoreError) {
    do {
      try FileBatch(root: root).recoverIfNeeded(timeout: timeout)
      unfinishedBatch = nil
    } catch {
      if case .locked = error { throw error }
      unfinishedBatch = error
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
    // A past revision does not change with the files on disk.
    guard revision == nil else { return [] }
    // Without waiting: whoever holds the lock (this process among them) finishes it.
    try? finishPendingBatch(timeout: 0)
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
      || changed.count > max(64, serviceFiles.count / 8)
    {
      try loadAll()
      return changed
    }
    var services = registry.services
    var units = registry.units
    let changedSet = Set(changed)
    brokenFiles.removeAll { changedSet.contains($0.relativePath) }
    var present: [FileSystem.Entry] = []
    for relative in changed {
      if let (folder, id) = RegistryStore.serviceFile(at: relative),
        serviceFiles[id]?.folder == folder
      {
        serviceFiles[id] = nil
        services[id] = nil
      }
      otherFingerprints[relative] = nil
      let (folder, name) = FileSystem.split(
        String(relative.dropFirst(RegistryLayout.servicesFolder.count + 1)))
      if let print = FileSystem.fingerprint("\(root)/\(relative)") {
        present.append(
          FileSystem.Entry(folder: folder == "." ? "" : folder, name: name, fingerprint: print))
      }
    }
    var lastUnit: UnitPath? = nil
    for (entry, result) in zip(present, parse(present)) {
      accept(result, from: entry, into: &services, units: &units, lastUnit: &lastUnit)
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
        && FileSystem.fingerprint("\(root)/\(relative)") != storedFingerprint(of: relative)
    }.sorted()
  }

  private func changedPaths() throws(StoreError) -> [String] {
    var changed: [String] = []
    for relative in [RegistryLayout.settingsFile, RegistryLayout.unitsFile]
    where FileSystem.fingerprint("\(root)/\(relative)") != otherFingerprints[relative] {
      changed.append(relative)
    }
    var seenIDs = Set<ServiceID>()
    var seenOthers = Set<String>()
    for entry in try FileSystem.listFiles(
      under: "\(root)/\(RegistryLayout.servicesFolder)", suffix: ".toml")
    {
      let relative = "\(RegistryLayout.servicesFolder)/\(entry.relativePath)"
      if let id = ServiceID(entry.name.dropLast(".toml".count)),
        let file = serviceFiles[id], file.folder == entry.folder
      {
        seenIDs.insert(id)
        if file.fingerprint != entry.fingerprint { changed.append(relative) }
      } else {
        seenOthers.insert(relative)
        if otherFingerprints[relative] != entry.fingerprint { changed.append(relative) }
      }
    }
    for (id, file) in serviceFiles where !seenIDs.contains(id) {
      changed.append(file.relativePath(of: id.rawValue))
    }
    for relative in otherFingerprints.keys
    where relative.hasPrefix(RegistryLayout.servicesFolder + "/") && !seenOthers.contains(relative)
    {
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
    guard revision == nil else { return }
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
    try requireWritable(update)
    var changes: [FileChange] = []
    var expected: [String] = []
    var newPaths: [ServiceID: String?] = [:]
    for id in update.services.keys.sorted() {
      let old = relativePath(of: id)
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
      FileSystem.fingerprint("\(root)/\($0)") != storedFingerprint(of: $0)
    }
    guard stale.isEmpty else { throw .changedOnDisk(stale.map(displayPath)) }
    if !update.journal.isEmpty {
      let journal = "\(root)/\(RegistryLayout.journalFile)"
      let size = FileSystem.fingerprint(journal)?.size ?? 0
      var text = update.journal.map(\.line).joined()
      // A hand edit may have left the last line unended; gluing onto it would lose both.
      if size > 0, (try? FileSystem.lastByte(of: journal)) != UInt8(ascii: "\n") {
        text = "\n" + text
      }
      changes.append(
        .append(path: RegistryLayout.journalFile, offset: size, contents: Array(text.utf8)))
    }
    let undo = UndoLog(root: root)
    let replaced = undo.preImages(of: changes)
    do {
      try FileBatch(root: root).commit(changes)
    } catch {
      if case .batchNotFinished = error { unfinishedBatch = error }
      throw error
    }
    withExtendedLifetime(lock) {}
    if let replaced { undo.keep(replaced, commands: update.journal.map(\.command)) }

    let touched = Set(expected)
    brokenFiles.removeAll { touched.contains($0.relativePath) }
    for path in expected { otherFingerprints[path] = nil }
    for (id, path) in newPaths {
      registry.services[id] = update.services[id]!
      serviceFiles[id] = update.services[id]!.map { service in
        ServiceFile(
          folder: service.unit.description,
          fingerprint: path.flatMap { FileSystem.fingerprint("\(root)/\($0)") })
      }
    }
    for path in [RegistryLayout.unitsFile, RegistryLayout.settingsFile] where touched.contains(path)
    {
      otherFingerprints[path] = FileSystem.fingerprint("\(root)/\(path)")
    }
    if let units = update.units { registry.units = units }
    if let settings = update.settings { registry.settings = settings }
  }
}

extension RegistryStore {
  /// Refuses, before anything is written, a save that must not happen: a batch left behind
  /// is still unfinished, the registry's schema is newer than this build, or the save would
  /// rewrite units.toml or registry.toml while that file does not parse. The writer lock is
  /// held, so a batch left behind is finished here first when it can be.
  fileprivate mutating func requireWritable(_ update: StoreUpdate) throws(StoreError) {
    if let revision { throw .pastRevision(revision) }
    let batch = FileBatch(root: root)
    if batch.hasPendingBatch {
      do {
        try batch.recover()
        unfinishedBatch = nil
      } catch {
        unfinishedBatch = error
        throw error
      }
    }
    for broken in brokenFiles {
      if case .unsupportedSchema = broken.error { throw broken.error }
      let rewritten =
        (broken.relativePath == RegistryLayout.unitsFile && update.units != nil)
        || (broken.relativePath == RegistryLayout.settingsFile && update.settings != nil)
      if rewritten {
        throw .brokenFileBlocksWrite(
          path: displayPath(broken.relativePath), cause: StoreErrorBox(broken.error))
      }
    }
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
