/// `help [COMMAND]`: the commands by group, or one command's usage, options and examples;
/// written from the command table, and needing no registry.
struct HelpCommand: Command {
  static let name = "help"
  static let readsRegistry = false
  /// The command asked about; all of them when `nil`.
  var command: String?

  init(command: String? = nil) { self.command = command }

  init(parsing invocation: Invocation) throws(CommandError) {
    command = invocation.argument(0)
  }

  func run(in session: inout Session) throws(CommandError) -> HelpPage {
    let table = session.table
    guard let name = command else { return HelpPage(table: table, command: nil) }
    guard let spec = table.command(named: name) else {
      let suggestion = InvocationParser.closest(to: name, among: table.commands.map(\.name))
      throw .usage(
        "no command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), column: 0,
        command: nil)
    }
    return HelpPage(table: table, command: spec)
  }
}
