/// How `diff` writes what changed.
enum DiffFormat: String, CaseIterable, ArgumentValue {
  /// Lines for people.
  case text
  /// The JSON document `--json` prints.
  case json
  /// Markdown, for a pull-request comment.
  case markdown

  init(argument: String) throws(CommandError) {
    guard let format = DiffFormat(rawValue: argument) else {
      throw .usage(
        "unknown format '\(argument)'; expected text, json or markdown", column: 0,
        command: DiffCommand.name)
    }
    self = format
  }
}
