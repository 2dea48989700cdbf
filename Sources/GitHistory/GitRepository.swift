/// The git repository a registry folder lives in, read through the `git` executable without
/// touching its working tree, index or refs.
public struct GitRepository: Sendable {
  /// The folder the registry's paths are relative to (the registry's root).
  public let directory: String

  /// Opens the repository holding `directory`; throws `notARepository` when there is none.
  public init(containing directory: String) throws(GitError) {
    self.directory = directory
    let (status, _, _) = try GitProcess(directory: directory).runAllowingFailure([
      "rev-parse", "--is-inside-work-tree",
    ])
    guard status == 0 else { throw .notARepository(directory) }
  }

  /// The full hash of the commit `revision` names (a branch, tag, hash or expression).
  public func commit(named revision: String) throws(GitError) -> String {
    // A revision starting with '-' would be read as an option by git.
    guard !revision.isEmpty, !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
    let (status, output, _) = try git.runAllowingFailure([
      "rev-parse", "--verify", "--quiet", "\(revision)^{commit}",
    ])
    let hash = String(decoding: output, as: UTF8.self).trimmingSuffixNewlines()
    guard status == 0, !hash.isEmpty else { throw .unknownRevision(revision) }
    return hash
  }

  var git: GitProcess { GitProcess(directory: directory) }
}

extension String {
  func trimmingSuffixNewlines() -> String {
    var text = Substring(self)
    while text.last == "\n" || text.last == "\r" { text.removeLast() }
    return String(text)
  }
}

extension GitRepository {
  /// The path of `directory` from the repository's top folder, with a trailing slash (empty
  /// at the top), as paths in review tools are written.
  public func pathFromTop() throws(GitError) -> String {
    String(decoding: try git.run(["rev-parse", "--show-prefix"]), as: UTF8.self)
      .trimmingSuffixNewlines()
  }
}

extension GitRepository {
  /// The value of `key` in the repository's configuration, if set.
  public func configuration(_ key: String) throws(GitError) -> String? {
    let (status, output, _) = try git.runAllowingFailure(["config", "--get", key])
    guard status == 0 else { return nil }
    return String(decoding: output, as: UTF8.self).trimmingSuffixNewlines()
  }

  /// Sets `key` to `value` in the repository's own configuration (`.git/config`), which is
  /// not versioned: every clone sets it once.
  public func setConfiguration(_ key: String, to value: String) throws(GitError) {
    _ = try git.run(["config", "--local", key, value])
  }
}
