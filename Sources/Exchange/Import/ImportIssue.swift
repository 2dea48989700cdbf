/// A problem with one row (or the header) of an imported file, located as compilers do:
/// `FILE:LINE: error: message`.
public struct ImportIssue: Sendable, Hashable, CustomStringConvertible {
  /// How bad it is: an error stops the import, a warning does not.
  public enum Severity: String, Sendable, Hashable {
    /// Nothing is written while any error remains.
    case error
    /// Reported; the import goes on.
    case warning
  }

  /// The file as the user named it.
  public var file: String
  /// The 1-based line the row starts on; 0 when the problem is the file as a whole.
  public var line: Int
  /// Error or warning.
  public var severity: Severity
  /// What is wrong and, where it helps, what to do.
  public var message: String

  /// Creates an issue.
  public init(file: String, line: Int, severity: Severity = .error, message: String) {
    self.file = file
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// `FILE:LINE: error: message`, or `FILE: error: message` for the whole file.
  public var description: String {
    (line > 0 ? "\(file):\(line)" : file) + ": \(severity.rawValue): \(message)"
  }
}
