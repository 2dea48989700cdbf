import AtomicFiles
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
  /// The registry was written by a newer svcreg: it is read, never written.
  case unsupportedSchema(path: String, found: Int, supported: Int)
  /// A change would rewrite `units.toml` or `registry.toml` while that file does not parse,
  /// which would throw away what it holds (a merge conflict's both sides, say).
  case brokenFileBlocksWrite(path: String, cause: StoreErrorBox)
  /// A committed batch's redo log is damaged, so the batch can be neither finished nor known
  /// never to have started; `files` are the files it may have touched.
  case damagedBatchLog(path: String, files: [String])
  /// A batch was committed but not every change could be written (a full disk, a folder not
  /// writable); its redo log keeps the rest for the next writer.
  case batchNotFinished(written: Int, total: Int, cause: StoreErrorBox)
  /// A file would be written through a symbolic link that leads out of the registry.
  case outsideRegistry(path: String, target: String)
  /// A transaction made links (`from -> to`) to services that exist neither in it nor on
  /// disk, so it was not committed.
  case linksToMissingServices([String])
  /// `undo` was asked for more changes than are kept (`available`).
  case nothingToUndo(available: Int)
  /// `undo` would overwrite files changed since the change to undo wrote them.
  case changedSinceKept([String])
  /// The registry is shown as it was at a past revision (`revision`), which is read, never
  /// written.
  case pastRevision(String)
  /// A rule of the model was broken.
  case model(ModelError)

  /// The file, folder or place in a file the error is about (`path` or `path:line:col`), when
  /// it is about one.
  public var subject: String? {
    switch self {
    case .syntax(let location, _), .invalidValue(let location, _): location.description
    case .io(let path, _, _), .notARegistry(let path), .alreadyARegistry(let path),
      .locked(let path, _), .unsupportedSchema(let path, _, _),
      .brokenFileBlocksWrite(let path, _), .damagedBatchLog(let path, _),
      .outsideRegistry(let path, _):
      path
    case .changedOnDisk, .brokenService, .batchNotFinished, .linksToMissingServices,
      .pastRevision, .nothingToUndo, .changedSinceKept, .model:
      nil
    }
  }

  /// What went wrong, without the place it went wrong in.
  public var message: String {
    switch self {
    case .syntax(_, let message), .invalidValue(_, let message):
      return message
    case .io(_, let operation, let code):
      return "cannot \(operation): \(StoreError.systemMessage(code))"
    case .notARegistry:
      return "not a registry (no registry.toml)"
    case .alreadyARegistry:
      return "a registry already exists here"
    case .locked(_, let holder):
      return "another svcreg (\(holder)) is writing to this registry; "
        + "try again when it has finished"
    case .changedOnDisk(let paths):
      let shown = paths.prefix(5).joined(separator: ", ")
      return "changed on disk since they were read: \(shown)"
        + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
        + "; nothing was written (the batch was rolled back), repeat the change on the new state"
    case .brokenService(let id, let cause):
      return "service '\(id)' cannot be changed until its file is repaired: \(cause.error)"
    case .unsupportedSchema(_, let found, let supported):
      return "schema \(found) is newer than this svcreg understands "
        + "(\(supported)); it reads the registry but writes nothing to it: upgrade svcreg"
    case .brokenFileBlocksWrite:
      return "not rewritten while it does not parse, since "
        + "that would lose what it holds; nothing was written. Repair it by hand (a merge "
        + "leaves <<<<<<< ======= >>>>>>> markers: keep the lines you want), then repeat the "
        + "command"
    case .damagedBatchLog(let path, let files):
      let shown = files.prefix(10).joined(separator: ", ")
      return "the redo log of an interrupted batch is damaged, so svcreg "
        + "cannot finish the batch and writes nothing until it is resolved. "
        + (files.isEmpty
          ? "No file it touched can be read from it. "
          : "It may have touched \(files.count) file\(files.count == 1 ? "" : "s"): \(shown)"
            + (files.count > 10 ? " and \(files.count - 10) more" : "") + ". ")
        + "Check them (git status, git diff), restore or repair them, then delete \(path)"
    case .batchNotFinished(let written, let total, let cause):
      return "the change was committed, but only \(written) of \(total) file "
        + "change\(total == 1 ? "" : "s") could be written (\(cause.error)); the redo log "
        + "keeps the rest and the next command that writes finishes them, once the cause is "
        + "fixed. Until then the files lack part of the change"
    case .outsideRegistry(_, let target):
      return "a symbolic link to \(target), outside the registry; svcreg "
        + "writes nothing through it (replace it with a folder, or link from inside the "
        + "registry)"
    case .linksToMissingServices(let links):
      return "commit refused, nothing written: links to services that do not exist: "
        + links.prefix(10).joined(separator: ", ")
        + (links.count > 10 ? " and \(links.count - 10) more" : "")
    case .nothingToUndo(let available):
      return available == 0
        ? "there is no change to undo (changes are kept from the last \(UndoLog.kept), written "
          + "in this registry's working tree, each of at most \(UndoLog.largestChange) files)"
        : "only \(available) change\(available == 1 ? "" : "s") can be undone"
    case .changedSinceKept(let paths):
      return "not undone, nothing written: changed since the change wrote them: "
        + paths.prefix(5).joined(separator: ", ")
        + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
        + "; undo only takes back a change whose files are as it left them (git can restore "
        + "older states)"
    case .pastRevision(let revision):
      return "this is the registry as it was at \(revision), which is read, never written; "
        + "changes go to the working tree"
    case .model(let error):
      return error.description
    }
  }

  /// The error this one follows from, said before it: the broken file behind a refused write.
  public var cause: StoreError? {
    if case .brokenFileBlocksWrite(_, let cause) = self { return cause.error }
    return nil
  }

  /// `path:line:col: error: message`, or `error: message` when it is about no place, after
  /// its cause's own lines.
  public var description: String {
    let own = (subject.map { "\($0): error: " } ?? "error: ") + message
    return cause.map { "\($0)\n" + own } ?? own
  }

  /// The location the error points at, when it points at one.
  public var location: SourceLocation? {
    switch self {
    case .syntax(let location, _), .invalidValue(let location, _): location
    case .brokenFileBlocksWrite(_, let cause): cause.error.location
    default: nil
    }
  }

  static func systemMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}

extension StoreError {
  /// A failed system call on a file, as the store says it.
  init(_ failure: FileFailure) {
    self = .io(path: failure.path, operation: failure.operation, errno: failure.code)
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
