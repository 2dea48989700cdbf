/// How `plan` writes its plan.
enum PlanFormat: String, CaseIterable, ArgumentValue {
  /// Lines for people.
  case text
  /// The JSON document `--json` prints.
  case json
  /// Markdown: a road map for a report.
  case markdown

  init(argument: String) throws(CommandError) {
    guard let format = PlanFormat(rawValue: argument) else {
      throw .usage(
        "unknown format '\(argument)'; expected text, json or markdown", column: 0,
        command: PlanCommand.name)
    }
    self = format
  }
}

/// The most services in one wave: a whole number of 1 or more.
struct WaveSize: ArgumentValue, Equatable {
  /// The number.
  var services: Int

  init(argument: String) throws(CommandError) {
    guard let value = Int(argument), value >= 1 else {
      throw .usage("--wave-size needs a whole number of 1 or more", column: 0, command: nil)
    }
    services = value
  }
}
