import GitHistory
import RegistryModel
import RegistryStore

/// Everything a command can fail at, rendered in one place (`description`) and mapped to the
/// exit status the design gives: 2 for a wrong command line, 1 for a command that failed.
public enum CommandError: Error, Sendable, CustomStringConvertible {
  /// The command line does not fit the command's usage; `column` is 1-based, 0 when unknown.
  case usage(String, column: Int, command: String?)
  /// A rule of the registry model refused the change.
  case model(ModelError)
  /// The files could not be read or written.
  case store(StoreError)
  /// A past revision could not be read through git.
  case git(GitError)
  /// A script line failed; the location is `file:line`.
  case script(file: String, line: Int, underlying: Box)
  /// A command that only makes sense inside a batch, or outside one.
  case batchState(String)
  /// Anything else that failed, with its message.
  case failed(String)
  /// An error about a name that does not exist, with the name most likely meant.
  case suggested(Box, didYouMean: String)
  /// The user pressed Ctrl-C while the command ran.
  case interrupted

  /// Boxes an error so that one case can carry another.
  public struct Box: Sendable {
    /// The error carried.
    public var error: CommandError { storage[0] }
    private let storage: [CommandError]

    /// Boxes `error`.
    public init(_ error: CommandError) { storage = [error] }
  }

  /// The exit status for this error: 2 for usage, 1 for everything else.
  public var exitStatus: Int32 {
    switch self {
    case .usage: 2
    case .script(_, _, let box), .suggested(let box, _): box.error.exitStatus
    default: 1
    }
  }

  /// The message without a leading `error: `, for embedding in `file:line: error: …`.
  public var message: String {
    switch self {
    case .usage(let text, let column, let command):
      let hint = command.map { " (see 'help \($0)')" } ?? " (see 'help')"
      return (column > 0 ? "column \(column): " : "") + text + hint
    case .model(let error): return error.description + error.commandAdvice
    case .store(let error):
      // A store error about a file keeps its place in the message: JSON readers see it too.
      let text = error.subject == nil && error.cause == nil ? error.message : error.description
      return text + error.commandAdvice
    case .suggested(let box, let name): return "\(box.error.message); did you mean '\(name)'?"
    case .script(_, _, let box): return box.error.message
    case .git(let error): return error.description
    case .batchState(let text), .failed(let text): return text
    case .interrupted: return "interrupted"
    }
  }

  public var description: String {
    switch self {
    case .script(let file, let line, let box):
      let location = ScriptLocation(file: file, line: line)
      switch box.error {
      case .store(let inner) where inner.subject != nil || inner.cause != nil:
        // The store's error names its own file: both places are said, on every line.
        return location.prefixing(inner.description + inner.commandAdvice)
      case .usage(let text, let column, let command) where column > 0:
        // A usage error knows its column: point there, as compilers do.
        let hint = command.map { " (see 'help \($0)')" } ?? " (see 'help')"
        return "\(file):\(line):\(column): error: \(text)\(hint)"
      case .script:
        // Located already (a line that is not UTF-8, an error inside a nested script).
        return box.error.description
      default:
        return location.prefixing("error: \(box.error.message)")
      }
    case .store(let error) where error.subject != nil || error.cause != nil:
      return error.description + error.commandAdvice
    default:
      return "error: \(message)"
    }
  }
}

extension CommandError {
  /// This error as raised by the script line at `location`; itself when there is none.
  func located(at location: ScriptLocation?) -> CommandError {
    guard let location else { return self }
    if case .script = self { return self }
    return .script(file: location.file, line: location.line, underlying: Box(self))
  }
}

/// A line of a script, where its errors are said to be.
struct ScriptLocation {
  /// The script, as the user named it.
  var file: String
  /// The 1-based line a logical line starts on.
  var line: Int

  /// Each line of `text` said at this location: `file:line: …`.
  func prefixing(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.isEmpty ? "" : "\(file):\(line): \($0)"
    }.joined(separator: "\n")
  }
}
