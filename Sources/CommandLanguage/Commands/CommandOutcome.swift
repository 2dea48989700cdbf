import RegistryModel

/// What a command found or did, as data, which the edge renders as text for a person or as
/// one JSON document for a program.
protocol CommandOutcome {
  /// Writes the text for a person to `output`.
  func write(to output: inout TextOutput) throws(CommandError)
  /// The JSON document for a program, built only when asked for.
  var json: JSONValue { get }
  /// Lines for standard error that are not a failure of the command (warnings), as written
  /// in `style`.
  func notes(style: Style) -> String
  /// The exit status of a command that ran but has something to signal (`check` found
  /// errors); 0 otherwise.
  var exitStatus: Int32 { get }
  /// Whether the session ends after it (`quit`).
  var quits: Bool { get }
}

extension CommandOutcome {
  func notes(style: Style) -> String { "" }
  var exitStatus: Int32 { 0 }
  var quits: Bool { false }
}
