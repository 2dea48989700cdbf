/// What running one command gave: its output, its error output and its exit status.
public struct CommandResult: Sendable, Equatable {
  /// Text for standard output.
  public var output: String
  /// Text for standard error.
  public var errorOutput: String
  /// 0 success; 1 the command failed (or `check` found errors); 2 the command line was wrong.
  public var exitStatus: Int32
  /// Whether the shell should end (`quit`).
  public var shouldQuit: Bool

  /// Creates a result.
  public init(
    output: String = "", errorOutput: String = "", exitStatus: Int32 = 0, shouldQuit: Bool = false
  ) {
    self.output = output
    self.errorOutput = errorOutput
    self.exitStatus = exitStatus
    self.shouldQuit = shouldQuit
  }
}

/// What a command computed, in the two forms it can be printed in.
struct Reply {
  /// The text for a person.
  var text: String
  /// The JSON document for a program.
  var json: JSONValue
  /// Text for standard error that is not a failure of the command itself (a script's errors).
  var errorText = ""
  /// The exit status, when the command succeeded but has something to signal (`check`).
  var exitStatus: Int32 = 0
  /// Whether the shell should end.
  var quit = false
}
