import RegistryModel

/// A place in a file, 1-based, for messages in the `path:line:column` form editors jump to.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The file, as a path the user can open.
  public var path: String
  /// The line, from 1; 0 when the problem concerns the whole file.
  public var line: Int
  /// The column, from 1; 0 when unknown.
  public var column: Int

  /// Creates a location.
  public init(path: String, line: Int = 0, column: Int = 0) {
    self.path = path
    self.line = line
    self.column = column
  }

  /// `path:line:column`, or fewer parts when they are unknown.
  public var description: String {
    guard line > 0 else { return path }
    return column > 0 ? "\(path):\(line):\(column)" : "\(path):\(line)"
  }
}

/// Everything the file store can fail at, each with a message that says what to do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file is not valid TOML.
  case syntax(SourceLocation, String)
  /// A file is valid TOML but a value in it is not what the registry allows.
  case invalidValue(SourceLocation, String)
  /// A system call on a file failed.
  case io(path: String, operation: String, errno: Int32)
  /// The directory has no `registry.toml`.
  case notARegistry(String)
  /// `init` was asked to create a registry where one exists.
  case alreadyARegistry(String)
  /// Another process holds the writer lock and did not release it in time.
  case locked(path: String, holder: String)
  /// Files changed on disk since they were read, so writing would lose someone's change.
  case changedOnDisk([String])
  /// The change touches a service whose file does not parse.
  case brokenService(ServiceID, StoreErrorBox)
  /// The registry was written by a newer svcreg.
  case unsupportedSchema(path: String, found: Int, supported: Int)
  /// A rule of the model was broken.
  case model(ModelError)

  public var description: String {
    switch self {
    case .syntax(let location, let message):
      return "\(location): error: \(message)"
    case .invalidValue(let location, let message):
      return "\(location): error: \(message)"
    case .io(let path, let operation, let code):
      return "\(path): error: cannot \(operation): \(StoreError.systemMessage(code))"
    case .notARegistry(let path):
      return
        "\(path): error: not a registry (no registry.toml); create one with 'svcreg init \(path)'"
    case .alreadyARegistry(let path):
      return "\(path): error: a registry already exists here"
    case .locked(let path, let holder):
      return "\(path): error: another svcreg (\(holder)) is writing to this registry; "
        + "try again when it has finished"
    case .changedOnDisk(let paths):
      let shown = paths.prefix(5).joined(separator: ", ")
      return "error: changed on disk since they were read: \(shown)"
        + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
        + "; nothing was written (the batch was rolled back), repeat the change on the new state"
    case .brokenService(let id, let cause):
      return "error: service '\(id)' cannot be changed until its file is repaired: \(cause.error)"
    case .unsupportedSchema(let path, let found, let supported):
      return "\(path): error: schema \(found) is newer than this svcreg understands "
        + "(\(supported)); upgrade svcreg"
    case .model(let error):
      return "error: \(error)"
    }
  }

  /// The location the error points at, when it points at one.
  public var location: SourceLocation? {
    switch self {
    case .syntax(let location, _), .invalidValue(let location, _): location
    default: nil
    }
  }

  static func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

/// Boxes a store error so that one case can carry another.
public struct StoreErrorBox: Sendable, Equatable {
  /// The error carried.
  public var error: StoreError {
    get { storage[0] }
    set { storage[0] = newValue }
  }
  private var storage: [StoreError]

  /// Boxes `error`.
  public init(_ error: StoreError) { storage = [error] }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
