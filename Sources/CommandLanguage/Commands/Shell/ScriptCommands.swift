import GitHistory
import RegistryModel
import RegistryStore

/// `run FILE... [--atomic] [--keep-going] [--check]`: scripts, one after the other; with
/// `--atomic` all of them are one batch.
struct RunCommand: Command {
  static let name = "run"
  // Its commands stream their output as they run.
  static let showsProgress = false
  static let changesWhatCommandsSee = true
  static let readsRegistry = false
  /// The scripts.
  var files: [String]
  /// How errors stop the run, and whether it is one batch.
  var mode: Session.ScriptMode

  init(files: [String], mode: Session.ScriptMode = .init()) {
    self.files = files
    self.mode = mode
  }

  init(parsing invocation: Invocation) throws(CommandError) {
    files = invocation.arguments
    mode = Session.ScriptMode(
      keepGoing: invocation.has("keep-going"), atomic: invocation.has("atomic"),
      checkOnly: invocation.has("check"))
  }

  func run(in session: inout Session) throws(CommandError) -> ScriptRun {
    try session.runFiles(files, mode: mode)
  }
}

/// `source FILE...`: scripts run as if typed, stopping at the first error.
struct SourceCommand: Command {
  static let name = "source"
  // Its commands stream their output as they run.
  static let showsProgress = false
  static let changesWhatCommandsSee = true
  static let readsRegistry = false
  /// The scripts.
  var files: [String]

  init(parsing invocation: Invocation) throws(CommandError) {
    files = invocation.arguments
  }

  func run(in session: inout Session) throws(CommandError) -> ScriptRun {
    try session.runFiles(files, mode: Session.ScriptMode())
  }
}

/// `init [PATH] [--name NAME]`: a new registry, or what an existing one lacks.
struct InitCommand: Command {
  static let name = "init"
  static let changesWhatCommandsSee = true
  static let readsRegistry = false
  /// Where; the session's registry path when `nil`.
  var path: String?
  /// The registry's name; the folder's when `nil`.
  var registryName: String?

  init(parsing invocation: Invocation) throws(CommandError) {
    path = invocation.argument(0)
    registryName = invocation.value("name")
  }

  func run(in session: inout Session) throws(CommandError) -> RegistryInitialised {
    let path = path ?? session.options.registryPath
    let name = registryName ?? FileSystemName.lastComponent(of: path)
    var outcome: RegistryInitialised
    do {
      // As `git init` does, a second `init` is no error: it adds what an older svcreg did not
      // write, so that existing registries merge as well as new ones.
      if (try? RegistryStore.open(at: path)) != nil {
        outcome = RegistryInitialised(
          path: path, name: nil, addedGitAttributes: try RegistryStore.addGitAttributes(at: path))
      } else {
        session.adopt(try RegistryStore.create(at: path, name: name), at: path)
        outcome = RegistryInitialised(path: path, name: name, addedGitAttributes: [])
      }
    } catch {
      throw .store(error)
    }
    outcome.configuredMergeDriver = try configureMergeDriver(
      at: path, executable: session.options.executable)
    return outcome
  }

  /// Sets svcreg's merge driver up in the clone's git configuration when `path` is inside a
  /// git repository and it is not set up so already; returns the driver command it set.
  private func configureMergeDriver(at path: String, executable: String) throws(CommandError)
    -> String?
  {
    guard let repository = try? GitRepository(containing: path) else { return nil }
    let key = "merge.\(RegistryStore.mergeDriverName)"
    let driver = "\(Session.shellQuoted(executable)) merge-driver %O %A %B %P --marker-size %L"
    do {
      guard try repository.configuration("\(key).driver") != driver else { return nil }
      try repository.setConfiguration(
        "\(key).name", to: "svcreg: registry files merged field by field")
      try repository.setConfiguration("\(key).driver", to: driver)
    } catch {
      throw .git(error)
    }
    return driver
  }
}
