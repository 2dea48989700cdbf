import GitHistory
import RegistryStore

extension RegistryStore {
  /// This registry as git revision `revision` holds it: the working tree's files, with those
  /// that differ at `revision` read from git instead. O(changed files) git output.
  func viewed(at revision: String) throws(CommandError) -> RegistryStore {
    do throws(GitError) {
      let repository = try GitRepository(containing: root)
      let commit = try repository.commit(named: revision)
      let paths = try repository.changedPaths(from: commit, to: nil).filter(
        RegistryLayout.isRegistryFile)
      let files = try repository.contents(of: paths, at: commit)
      if case .some(.none) = files[RegistryLayout.settingsFile] {
        throw GitError.noRegistry(revision: revision, path: root)
      }
      let shown = commit.hasPrefix(revision) ? String(commit.prefix(12)) : revision
      return viewed(at: shown, through: FileOverlay(files: files))
    } catch {
      throw .git(error)
    }
  }
}
