import RegistryModel

/// Why an export could not be made or written, with a message that says what to do.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--root` names no registered service.
  case unknownRoot(ServiceID)
  /// `--unit` names no unit and no service lies in it.
  case unknownUnit(UnitPath)
  /// An option that only means something with `--root` was given without it.
  case needsRoot(String)
  /// A file could not be written.
  case cannotWrite(path: String, reason: String)
  /// Graphviz's `dot` is not on `PATH`.
  case graphvizMissing
  /// `dot` ran and failed.
  case graphvizFailed(status: Int32, message: String)
  /// The user pressed Ctrl-C while `dot` ran; it was ended and nothing was written.
  case interrupted

  public var description: String {
    switch self {
    case .unknownRoot(let id):
      return "no service '\(id)'"
    case .unknownUnit(let path):
      return "no unit '\(path)' and no service inside it; see 'units' for the known units"
    case .needsRoot(let option):
      return "\(option) needs --root ID: it says how far to go from that service"
    case .cannotWrite(let path, let reason):
      return "cannot write '\(path)': \(reason)"
    case .graphvizMissing:
      return "Graphviz's dot is not installed; install graphviz or export dot and render it "
        + "elsewhere"
    case .graphvizFailed(let status, let message):
      let detail = message.isEmpty ? "" : ": " + message
      return "Graphviz's dot failed (exit status \(status))\(detail)"
    case .interrupted:
      return "interrupted; Graphviz was stopped and nothing was written"
    }
  }
}
