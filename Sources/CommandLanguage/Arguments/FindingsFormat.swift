/// How `check` writes its findings.
enum FindingsFormat: String, CaseIterable, ArgumentValue {
  /// Lines for people.
  case text
  /// The JSON document `--json` prints.
  case json
  /// A SARIF 2.1.0 log, for code review tools.
  case sarif

  init(argument: String) throws(CommandError) {
    guard let format = FindingsFormat(rawValue: argument) else {
      throw .usage(
        "unknown format '\(argument)'; expected text, json or sarif", column: 0,
        command: CheckCommand.name)
    }
    self = format
  }
}
