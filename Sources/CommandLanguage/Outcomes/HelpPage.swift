/// What `help` shows: the whole table, or one command of it.
struct HelpPage {
  /// The command table.
  var table: CommandTable
  /// The command asked about, or `nil` for all.
  var command: CommandSpec?
}
