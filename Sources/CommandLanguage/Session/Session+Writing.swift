import RegistryModel
import RegistryStore

/// How a change reaches the files: through the store's closure-scoped write, or into the open
/// transaction of a batch.
extension Session {
  /// Applies `body` to the newest registry and writes what it touched with a journal line, or
  /// records it in the open batch; nothing is written when `body` throws. `body`'s second
  /// argument says whether the change is in a batch (whose links are checked at commit).
  @discardableResult
  mutating func applyChange(
    _ body: (inout Registry, Bool) throws(CommandError) -> RegistryChanges
  ) throws(CommandError) -> RegistryChanges {
    // Only the words and the actor are captured: capturing `self` would copy the session,
    // and with it a second reference to the registry, which every change would then copy.
    let (words, actor) = (commandWords, options.actor)
    let entry = { (changes: RegistryChanges) in
      Session.journalEntry(for: words, actor: actor, ids: changes.services)
    }
    if var transaction = batch {
      // Taken out of `batch` so that its registry is uniquely referenced: mutating a copy
      // would copy the whole registry on every command of a large batch.
      batch = nil
      defer { batch = transaction }
      return try transaction.change(journal: entry) { (registry) throws(CommandError) in
        try body(&registry, true)
      }
    }
    var store = try openStore()
    // Taken out of `self` for the same reason: one owner, so nothing is copied.
    self.store = nil
    defer { self.store = store }
    var lock = heldLock
    defer { if options.holdsWriterLock { heldLock = lock } }
    return try store.write(
      lock: &lock, timeout: options.lockTimeout, watcher: watcher, journal: entry
    ) { (registry) throws(CommandError) in
      try body(&registry, false)
    }
  }

  /// The journal line for a command: when, who, the words as given, and the ids touched.
  static func journalEntry(for words: [String], actor: String, ids: Set<ServiceID>)
    -> JournalEntry
  {
    JournalEntry(
      time: Journal.timestamp(), actor: actor,
      command: words.map(Session.shellQuoted).joined(separator: " "),
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

extension CommandError: StoreErrorConvertible {
  /// The store's error, as the command's.
  public init(storeError error: StoreError) { self = .store(error) }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
