import RegistryModel

/// `status`: whether a batch is open, and what it holds that `commit` would write.
struct StatusCommand: Command {
  static let name = "status"

  init() {}

  init(parsing invocation: Invocation) throws(CommandError) {}

  func run(in session: inout Session) throws(CommandError) -> BatchStatus {
    guard let batch = session.batch else { return BatchStatus(commands: nil, difference: nil) }
    let store = try session.openStore()
    return BatchStatus(
      commands: batch.journal.map(\.command),
      difference: batch.registry.difference(from: store.registry))
  }
}
