#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A system call on a file that failed: which file, doing what, and the system's error code;
/// each module that writes files says it in its own terms.
public struct FileFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file or folder.
  public var path: String
  /// What was being done, as a verb phrase ("create", "rename into place").
  public var operation: String
  /// The system's error code (`errno`).
  public var code: Int32

  /// A failure of `operation` on `path` with `code`.
  public init(path: String, operation: String, code: Int32) {
    self.path = path
    self.operation = operation
    self.code = code
  }

  /// The system's words for `code`.
  public var reason: String { String(cString: strerror(code)) }

  public var description: String { "\(path): cannot \(operation): \(reason)" }
}
