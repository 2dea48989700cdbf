/// Everything reading a registry's history through git can fail at, each with what to do.
public enum GitError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No `git` executable on `PATH`.
  case gitMissing
  /// The registry's folder is not inside a git working tree.
  case notARepository(String)
  /// The revision names no commit of the repository.
  case unknownRevision(String)
  /// The revision has no registry where the working tree has one.
  case noRegistry(revision: String, path: String)
  /// `git` itself failed.
  case failed(command: String, status: Int32, message: String)

  /// The message for the user.
  public var description: String {
    switch self {
    case .gitMissing:
      "git is not installed (or not on PATH); revisions are read through it"
    case .notARepository(let path):
      "\(path) is not inside a git repository; revisions can only be read from one "
        + "('git init' and a first commit make one)"
    case .unknownRevision(let revision):
      "'\(revision)' names no commit of this repository; a branch, a tag, a commit hash, "
        + "or an expression such as HEAD~2 does"
    case .noRegistry(let revision, let path):
      "\(revision) holds no registry at \(path) (no registry.toml there); name a later revision"
    case .failed(let command, let status, let message):
      "'\(command)' failed (status \(status))" + (message.isEmpty ? "" : ": \(message)")
    }
  }
}
