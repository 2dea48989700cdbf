/// How `diff` and `plan` write their report: for people, for programs, or for a document.
enum ReportFormat: String, CaseIterable, ArgumentValue {
  /// Lines for people.
  case text
  /// The JSON document `--json` prints.
  case json
  /// Markdown, for a pull-request comment or a report.
  case markdown

  init(argument: String) throws(CommandError) {
    guard let format = ReportFormat(rawValue: argument) else {
      // The invocation names the command (`Invocation.value(_:as:)`).
      throw .usage(
        "unknown format '\(argument)'; expected text, json or markdown", column: 0, command: nil)
    }
    self = format
  }
}
