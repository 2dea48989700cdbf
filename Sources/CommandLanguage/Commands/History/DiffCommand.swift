import DependencyGraph
import RegistryModel
import RegistryStore

/// `diff [REV [REV]] [--format text|json|markdown]`: what changed between two git revisions,
/// or a revision and the working tree, in registry terms, with the findings the changes
/// introduced and resolved.
struct DiffCommand: Command {
  static let name = "diff"
  /// The older revision; `HEAD` when none is given.
  var from: String
  /// The newer revision; the working tree when `nil`.
  var to: String?
  /// How the difference is written.
  var format: ReportFormat
  /// Whether to show the open batch against the files instead of git revisions.
  var batch = false

  init(from: String = "HEAD", to: String? = nil, format: ReportFormat = .text) {
    self.from = from
    self.to = to
    self.format = format
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    from = invocation.argument(0) ?? "HEAD"
    to = invocation.argument(1)
    format = try invocation.value("format", as: ReportFormat.self) ?? .text
    batch = invocation.has("batch")
    if batch, invocation.argument(0) != nil {
      throw .usage(
        "--batch compares the open batch with the files; it takes no revision", column: 0,
        command: Self.name)
    }
  }

  func run(in session: inout Session) throws(CommandError) -> RegistryDiffReport {
    let store = try session.openStore()
    if batch { return try batchDifference(in: &session, store: store) }
    if let revision = store.revision {
      throw .usage(
        "'diff' names its revisions itself; drop --at \(revision) (diff \(revision) compares "
          + "it with the working tree)", column: 0, command: Self.name)
    }
    session.progress?.report("reading the registry at \(from)")
    let older = try store.viewed(at: from)
    if let to { session.progress?.report("reading the registry at \(to)") }
    let newer =
      try to.map { (revision) throws(CommandError) in try store.viewed(at: revision) }
      ?? store
    let today = session.today
    session.progress?.report("comparing the two and their findings")
    let (difference, introduced, resolved) = try session.interruptibly {
      let findings = RegistryFindings.ofEach(
        [(older.registry, older), (newer.registry, newer)], today: today)
      let (before, after) = (findings[0], findings[1])
      return (
        newer.registry.difference(from: older.registry), after.introduced(since: before),
        before.introduced(since: after)
      )
    }
    return RegistryDiffReport(
      from: from, to: to ?? "working tree", difference: difference, introduced: introduced,
      resolved: resolved, format: format)
  }

  /// What committing the open batch would change, and the findings it would bring or end.
  private func batchDifference(in session: inout Session, store: RegistryStore) throws(CommandError)
    -> RegistryDiffReport
  {
    guard let transaction = session.batch else {
      throw .batchState("no batch is open; 'diff --batch' shows what an open batch would write")
    }
    let today = session.today
    let (before, after) = try session.interruptibly {
      let findings = RegistryFindings.ofEach(
        [(store.registry, store), (transaction.registry, store)], today: today)
      return (findings[0], findings[1])
    }
    return RegistryDiffReport(
      from: "files", to: "open batch",
      difference: transaction.registry.difference(from: store.registry),
      introduced: after.introduced(since: before), resolved: before.introduced(since: after),
      format: format)
  }
}
