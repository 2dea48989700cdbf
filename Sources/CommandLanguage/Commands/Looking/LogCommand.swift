import RegistryModel
import RegistryStore

/// `log [ID] [--limit N]`: the journal's last changes, of one service or all.
struct LogCommand: Command {
  static let name = "log"
  /// Only the changes that touched this service.
  var id: String?
  /// How many of the last changes to show.
  var limit: Limit

  init(id: String? = nil, limit: Limit = Limit(20)) {
    self.id = id
    self.limit = limit
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    id = invocation.argument(0)
    limit = try invocation.value("limit", as: Limit.self) ?? Limit(20)
  }

  func run(in session: inout Session) throws(CommandError) -> JournalExcerpt {
    let store = try session.openStore()
    var entries: [JournalEntry]
    let unreadable: [Int]
    do {
      (entries, unreadable) = try Journal.read(inRegistryAt: store.root)
    } catch {
      throw .store(error)
    }
    if let id { entries = entries.filter { $0.ids.contains(id) } }
    return JournalExcerpt(
      entries: Array(entries.suffix(limit.count)), unreadableLines: unreadable,
      journalPath: store.displayPath(RegistryLayout.journalFile))
  }
}
