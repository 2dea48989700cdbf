import AtomicFiles
import GitHistory
import RegistryStore

/// `merge-driver BASE OURS THEIRS PATH [--marker-size N]`: git's merge driver for service
/// files and `units.toml`. It merges the three versions field by field into OURS, leaving a
/// conflict only where both sides changed one field differently; a version that does not
/// parse falls back to git's own line merge.
struct MergeDriverCommand: Command {
  static let name = "merge-driver"
  static let readsRegistry = false
  static let worksWithoutRegistry = true
  /// The common ancestor's file (git's `%O`).
  var base: String
  /// Our file (`%A`), which receives the merge.
  var ours: String
  /// Their file (`%B`).
  var theirs: String
  /// The file's path in the repository (`%P`), which names the service and unit.
  var path: String
  /// The length of conflict markers (`%L`).
  var markerSize: Int

  init(parsing invocation: Invocation) throws(CommandError) {
    base = try invocation.required(0, as: String.self)
    ours = try invocation.required(1, as: String.self)
    theirs = try invocation.required(2, as: String.self)
    path = try invocation.required(3, as: String.self)
    let size = invocation.value("marker-size") ?? "7"
    guard let markerSize = Int(size), (1...100).contains(markerSize) else {
      throw .usage(
        "--marker-size needs a whole number from 1 to 100, not '\(size)'", column: 0,
        command: Self.name)
    }
    self.markerSize = markerSize
  }

  func run(in session: inout Session) throws(CommandError) -> MergeDriverOutcome {
    // A version that is not UTF-8 is left to git's line merge, which keeps its bytes.
    func read(_ file: String) throws(CommandError) -> String? {
      String(validating: try Session.readFile(file), as: UTF8.self)
    }
    let texts = (try read(base), try read(ours), try read(theirs))
    if let o = texts.0, let a = texts.1, let b = texts.2,
      let merged = RegistryFileMerge.merge(
        base: o, ours: a, theirs: b, path: path, markerSize: markerSize)
    {
      do {
        try AtomicFiles.replace(ours, with: [Array(merged.text.utf8)], durable: false)
      } catch {
        throw .failed("cannot write the merge of \(path) to \(ours): \(error)")
      }
      return MergeDriverOutcome(path: path, conflicts: merged.conflicts, lineMergeConflicts: nil)
    }
    do {
      let conflicts = try GitMergeFile.merge(
        ours: ours, base: base, theirs: theirs, labels: ("ours", "base", "theirs"),
        markerSize: markerSize)
      return MergeDriverOutcome(path: path, conflicts: [], lineMergeConflicts: conflicts)
    } catch {
      throw .git(error)
    }
  }
}

extension String: ArgumentValue {
  init(argument: String) throws(CommandError) { self = argument }
}
