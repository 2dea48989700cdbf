import Foundation
import TestSupport

/// A registry named `demo` with two services and a version history, a history file beside it,
/// and a way to start the interactive shell on them through a pseudo-terminal.
struct ShellFixture {
  /// The folder holding the registry, the history file and the shell's home.
  let folder = TemporaryDirectory(prefix: "svcreg-shell")

  /// The registry's folder.
  var registry: String { folder.file("registry") }

  /// The shell's history file.
  var historyFile: String { folder.file("history") }

  /// Creates the registry with the built `svcreg`, as an administrator would.
  init() throws {
    let created = try ChildProcess.svcreg(["init", folder.file("registry"), "--name", "demo"])
    let filled = try ChildProcess.svcreg(
      ["--registry", folder.file("registry")],
      input: """
        add-unit pusat --name Pusat --level central
        register siakad --name "Sistem Informasi Akademik" --unit pusat
        register simpeg --name "Sistem Informasi Kepegawaian" --unit pusat
        version siakad 1.2.0
        version siakad 2.0.0

        """)
    for outcome in [created, filled] where outcome.status != 0 {
      throw PseudoTerminal.Failure(description: "setting up the registry: \(outcome.errorOutput)")
    }
  }

  /// Starts `svcreg` with `arguments` (no command) on a new terminal of `rows` lines
  /// (TERM=dumb and no pager unless `environment` says otherwise), and waits for its first
  /// prompt.
  func startShell(
    _ environment: [String: String] = [:], arguments: [String] = [], rows: UInt16 = 50,
    columns: UInt16 = 200
  ) throws -> PseudoTerminal {
    var full = [
      "SVCREG_REGISTRY": registry, "SVCREG_HISTORY": historyFile, "HOME": folder.path,
      "SVCREG_PAGER": "",
    ]
    full.merge(environment) { $1 }
    let terminal = try PseudoTerminal(
      executable: BuiltProducts.svcreg, arguments: arguments, environment: full,
      columns: columns, rows: rows)
    try terminal.waitFor("demo> ")
    return terminal
  }

  /// Deletes the registry and the history.
  func remove() {
    folder.remove()
  }
}
