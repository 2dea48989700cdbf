import RegistryModel
import RegistryStore

/// `fmt [--check]`: files written by hand or by other tools put into canonical form, or with
/// `--check` only named (a CI gate, which also fails on a file that does not parse).
struct FormatCommand: Command {
  static let name = "fmt"
  /// Whether to name the files only, rewriting nothing.
  var checkOnly: Bool

  init(checkOnly: Bool = false) { self.checkOnly = checkOnly }

  init(parsing invocation: Invocation) throws(CommandError) {
    checkOnly = invocation.has("check")
  }

  func run(in session: inout Session) throws(CommandError) -> FormatOutcome {
    guard !session.isInBatch else {
      throw .batchState("'fmt' cannot run inside a batch; commit first")
    }
    let store = try session.openStore()
    let found: RegistryStore.NonCanonical
    do {
      found = try store.filesNotInCanonicalForm()
    } catch {
      throw .store(error)
    }
    var files = found.services.compactMap { store.relativePath(of: $0) }
    if found.units { files.append(RegistryLayout.unitsFile) }
    if found.settings { files.append(RegistryLayout.settingsFile) }
    let rewrite = !checkOnly && !found.isEmpty
    if rewrite {
      try session.applyChange { (_, _) throws(CommandError) in
        RegistryChanges(services: Set(found.services), units: found.units, settings: found.settings)
      }
    }
    // A file that does not parse (conflict markers, a typo) is not canonical either: fmt
    // cannot rewrite it, and as a CI gate it must fail on it.
    return FormatOutcome(
      files: files, shownFiles: files.map(store.displayPath), rewritten: rewrite,
      broken: store.brokenFiles.map { (store.displayPath($0.relativePath), $0.error.description) })
  }
}
