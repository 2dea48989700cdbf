#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What can go wrong sending output somewhere else than the screen.
enum ShellOutputError: Error, CustomStringConvertible {
  /// The system shell could not be started.
  case cannotStart(String, Int32)
  /// The file could not be opened for writing.
  case cannotOpen(String, Int32)

  var description: String {
    switch self {
    case .cannotStart(let command, let code):
      "error: cannot run '\(command)': \(String(cString: strerror(code)))"
    case .cannotOpen(let path, let code):
      "error: cannot write '\(path)': \(String(cString: strerror(code)))"
    }
  }
}
