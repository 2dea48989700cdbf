import RegistryModel
import RegistryStore

/// How a change reaches the files: straight away under the writer lock, or into the open batch.
extension Session {
  /// What a change touched, so that only those files are written.
  struct Touched {
    var services: Set<ServiceID> = []
    var units = false
    var settings = false
    var deferredLinks: [(from: ServiceID, to: ServiceID)] = []
  }

  /// Applies `body` to the newest registry and writes what it touched with a journal line, or
  /// records it in the open batch; nothing is written when `body` throws.
  mutating func applyChange(
    _ invocation: Invocation, _ body: (inout Registry, Bool) throws(CommandError) -> Touched
  ) throws(CommandError) -> Touched {
    if var pending = batch {
      // Taken out of `batch` so that its registry is uniquely referenced: mutating a copy
      // would copy the whole registry on every command of a large batch.
      batch = nil
      defer { batch = pending }
      let touched = try body(&pending.registry, true)
      pending.touched.formUnion(touched.services)
      pending.unitsChanged = pending.unitsChanged || touched.units
      pending.deferredLinks += touched.deferredLinks
      pending.journal.append(journalEntry(for: invocation, ids: touched.services))
      return touched
    }
    var store = try openStore()
    // Taken out of `self` for the same reason: one owner, so nothing is copied.
    self.store = nil
    defer { self.store = store }
    do {
      let (lock, _) = try writerLock(&store)
      var registry = store.takeRegistry()
      let touched: Touched
      do {
        touched = try body(&registry, false)
      } catch {
        // Model rules check before they change anything, so the registry is as it was.
        store.putBack(registry)
        throw error
      }
      store.putBack(registry)
      let update = StoreUpdate(
        services: Dictionary(
          uniqueKeysWithValues: touched.services.map { ($0, store.registry.services[$0]) }),
        units: touched.units ? store.registry.units : nil,
        settings: touched.settings ? store.registry.settings : nil,
        journal: [journalEntry(for: invocation, ids: touched.services)])
      do {
        try store.save(update, holding: lock)
      } catch {
        // Memory is ahead of the files now: read them again so what is shown is what is there.
        try? store.reload()
        throw error
      }
      return touched
    } catch let error as StoreError {
      throw .store(error)
    } catch let error as CommandError {
      throw error
    } catch {
      throw .failed("\(error)")
    }
  }

  /// The writer lock, and the files others changed before it was taken (now reread): held for
  /// the session's life when it is a script, taken anew for each change otherwise.
  mutating func writerLock(_ store: inout RegistryStore) throws(StoreError) -> (
    lock: WriterLock, changed: [String]
  ) {
    if let heldLock { return (heldLock, []) }
    let lock = try store.lockForWriting(timeout: options.lockTimeout)
    let changed: [String]
    if let watcher {
      changed = try store.refresh(using: watcher)
    } else {
      changed = try store.refresh()
    }
    if options.holdsWriterLock { heldLock = lock }
    return (lock, changed)
  }

  /// The journal line for a command: when, who, the words as given, and the ids touched.
  func journalEntry(for invocation: Invocation, ids: Set<ServiceID>) -> JournalEntry {
    JournalEntry(
      time: Journal.timestamp(), actor: options.actor,
      command: invocation.words.map(Session.shellQuoted).joined(separator: " "),
      ids: ids.map(\.rawValue).sorted())
  }

  /// A word quoted so that the tokenizer would give it back unchanged.
  static func shellQuoted(_ word: String) -> String {
    let plain =
      !word.isEmpty
      && word.unicodeScalars.allSatisfy { scalar in
        !" \t\n'\"\\#$`;&|<>()*?[]{}".unicodeScalars.contains(scalar)
      }
    if plain { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Refuses to change a service whose file is broken: the change would overwrite the file the
  /// user has to repair.
  func requireHealthy(_ id: ServiceID) throws(CommandError) {
    if let broken = store?.brokenFile(for: id) {
      throw .store(.brokenService(id, StoreErrorBox(broken.error)))
    }
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
