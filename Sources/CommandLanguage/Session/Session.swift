import RegistryModel
import RegistryStore

/// One user's conversation with a registry: it parses each line against the command table,
/// runs it on the registry (or on the open batch), and renders the result as text or JSON.
///
/// The interactive shell, scripts and one-shot commands all run through `execute(line:)`, so
/// the four ways in give the same results.
public struct Session {
  /// The command table in use.
  public let table: CommandTable
  /// How the session was started.
  public var options: SessionOptions
  /// Polled by long-running commands; returns true once when the user pressed Ctrl-C.
  public var interruptCheck: @Sendable () -> Bool = { false }
  /// Where a command that prints a great deal (a dependency tree of a hub) sends its text as
  /// it goes, made safe for a terminal, so that the first lines show at once and the whole
  /// never sits in memory; `nil` keeps all of it for the result.
  public var streamOutput: ((String) -> Void)?

  var store: RegistryStore?
  var batch: RegistryTransaction?
  var heldLock: WriterLock?
  /// The words of the command running now, as typed, for its journal line.
  var commandWords: [String] = []
  var scriptDepth = 0
  /// Whether the open batch belongs to a `run --atomic`, which alone may commit it.
  var atomicRun = false
  /// Whether `quit` was just refused because a batch is open, so that a second one leaves.
  var quitWarned = false
  var graphCache: GraphCache?
  /// The lowercased text `find` searches, rebuilt after a change like the graph.
  var searchIndex: SearchIndex?
  /// Counts the changes to what commands see (a change, a batch opened or closed, files reread),
  /// so that derived values such as the graph know when they are stale.
  var generation = 0
  /// Reports which files changed since they were read, so that each command rereads only those;
  /// `nil` where the system cannot watch, and then every command scans every file.
  var watcher: DirectoryWatcher?
  /// Whether the files have been read since the last command, so the next has nothing to reread.
  var isFreshlyRead = true
  let parser: InvocationParser
  /// The line on standard error that says what a long command is doing, on a terminal.
  let progress: ProgressLine?

  /// Opens a session on the registry `options` names; a missing registry is no error until a
  /// command needs one, so that `init` and `help` work anywhere.
  ///
  /// With `watchingFiles` (for sessions that run many commands) the session watches the
  /// registry's folders so that each command rereads only what changed; a session that runs a
  /// single command skips setting up the watch, which costs a folder scan of its own.
  public init(
    options: SessionOptions, table: CommandTable = .standard, watchingFiles: Bool = true
  ) throws(CommandError) {
    self.options = options
    self.table = table
    parser = InvocationParser(table: table)
    // Started before the files are read, so that no change can fall between the two.
    watcher = watchingFiles ? DirectoryWatcher(root: options.registryPath) : nil
    progress = options.progressDelay.map { ProgressLine(delay: $0) }
    progress?.begin("reading the registry")
    defer { progress?.end() }
    var reading: (@Sendable (Int, Int) -> Void)? = nil
    if let line = progress {
      reading = { done, total in line.report("reading files", done: done, of: total) }
    }
    do throws(StoreError) {
      store =
        options.opensRegistry
        ? try RegistryStore.open(at: options.registryPath, progress: reading) : nil
    } catch .notARegistry {
      store = nil
    } catch {
      throw .store(error)
    }
    if let revision = options.revision {
      guard let opened = store else { throw .store(.notARegistry(options.registryPath)) }
      store = try opened.viewed(at: revision)
      // A past revision does not change with the files: nothing to watch.
      watcher = nil
    }
  }

  /// The registry's name, for the prompt.
  public var promptName: String {
    TerminalText.safe(store?.registry.settings.name ?? "svcreg", keepingColour: false)
  }

  /// Whether a batch is open (`begin` without `commit` or `rollback`).
  public var isInBatch: Bool { batch != nil }

  /// The registry as commands see it now: the open batch's state, or the files' state.
  public var registrySnapshot: Registry {
    batch?.registry ?? store?.registry ?? Registry(settings: RegistrySettings(name: ""))
  }

  /// Files that could not be read when the registry was opened or last reread.
  public var brokenFiles: [BrokenFile] { store?.brokenFiles ?? [] }

  /// A completer over the command table and the current registry.
  public var completer: Completer { Completer(table: table, registry: registrySnapshot) }

  /// Runs one logical line (continuations already joined) and returns what it printed, safe
  /// to show on a terminal (`TerminalText`).
  public mutating func execute(line: String) -> CommandResult {
    execute(line: line, at: nil)
  }

  /// Runs one logical line of a script: as `execute(line:)`, with a failure located at the
  /// script's `file:line` (and the column, for a usage error), as compilers locate theirs.
  mutating func execute(line: String, at location: ScriptLocation?) -> CommandResult {
    // psql's `\q` is in many hands; the tokenizer would read it as `q`.
    if line.split(whereSeparator: \.isWhitespace) == ["\\q"] {
      return execute(tokens: [Token("quit", column: 1)], at: location)
    }
    do {
      let tokens = try Tokenizer.split(line)
      guard !tokens.isEmpty else { return CommandResult() }
      return execute(tokens: tokens, at: location)
    } catch {
      return terminalSafe(
        render(error.located(at: location), json: options.json), json: options.json)
    }
  }

  /// Runs one command given as words, as from the system command line.
  public mutating func execute(words: [String]) -> CommandResult {
    execute(tokens: words.enumerated().map { Token($0.element, column: 0) }, at: nil)
  }

  /// `result` with nothing a terminal would act on: the one place where text output meets
  /// the terminal's rules. JSON escapes control characters itself, so it is left alone.
  func terminalSafe(_ result: CommandResult, json: Bool) -> CommandResult {
    Session.terminalSafe(result, json: json, color: options.color)
  }

  static func terminalSafe(_ result: CommandResult, json: Bool, color: Bool) -> CommandResult {
    var safe = result
    if !json { safe.output = TerminalText.safe(result.output, keepingColour: color) }
    safe.errorOutput = TerminalText.safe(result.errorOutput, keepingColour: color)
    return safe
  }

  private mutating func execute(tokens: [Token], at location: ScriptLocation?) -> CommandResult {
    var json = options.json || tokens.contains { $0.text == "--json" }
    do {
      let invocation = try parser.parse(tokens)
      json = options.json || invocation.has("json")
      let reply = try run(invocation)
      let text = json ? reply.json.text + "\n" : reply.text
      var notes = reply.errorText
      // A command that ran but failed (`check` found errors, an import was refused, a nested
      // script failed): its notes are said at the line that ran it.
      if let location, reply.exitStatus != 0 { notes = location.prefixing(notes) }
      return terminalSafe(
        CommandResult(
          output: text, errorOutput: unfinishedBatchWarning + notes,
          exitStatus: reply.exitStatus, shouldQuit: reply.quit), json: json)
    } catch {
      return terminalSafe(
        render(withSuggestion(error).located(at: location), json: json), json: json)
    }
  }

  /// `error`, with the id most likely meant when it names a service that does not exist:
  /// `show siakd` asks "did you mean 'siakad'?". O(services) for such an error, else O(1).
  private func withSuggestion(_ error: CommandError) -> CommandError {
    guard case .model(.unknownService(let id)) = error else { return error }
    // Sorted, so that of two ids equally close the same one is named every time.
    let ids = registrySnapshot.services.keys.map(\.rawValue).sorted()
    guard let close = InvocationParser.closest(to: id.rawValue, among: ids), close != id.rawValue
    else { return error }
    return .suggested(CommandError.Box(error), didYouMean: close)
  }

  func render(_ error: CommandError, json: Bool) -> CommandResult {
    Session.render(error, json: json, color: options.color)
  }

  /// `error` as the session prints it: on standard error, and as a JSON document on standard
  /// output with `--json`.
  public func render(_ error: CommandError) -> CommandResult {
    render(error, json: options.json)
  }

  /// `error` as any session started with these options prints it, for errors raised before
  /// a session exists.
  public static func render(_ error: CommandError, json: Bool, color: Bool) -> CommandResult {
    let output =
      json
      ? JSONValue.object([
        (
          "error",
          .object([("message", .string(error.message)), ("exit", .int(Int(error.exitStatus)))])
        )
      ]).text + "\n" : ""
    return CommandResult(
      output: output, errorOutput: Style(enabled: color).error(error.description) + "\n",
      exitStatus: error.exitStatus)
  }

  /// A warning that the files lack part of a committed batch, or may (its log is damaged),
  /// for every command that reads them while that lasts; empty otherwise.
  var unfinishedBatchWarning: String {
    guard let problem = store?.unfinishedBatch else { return "" }
    return Style(enabled: options.color).warning(
      "warning: a batch left behind could not be finished; the files are shown as they are, "
        + "and nothing can be written until it is:") + "\n\(problem)\n"
  }

  /// The style for text output.
  var style: Style { Style(enabled: options.color && !options.json) }

  private mutating func run(_ invocation: Invocation) throws(CommandError) -> Reply {
    if interruptCheck() { throw .interrupted }
    let name = invocation.command.name
    guard let type = Session.commandTypes[name] else {
      throw .failed("'\(name)' is in the table but has no implementation")
    }
    commandWords = invocation.words
    if name != QuitCommand.name { quitWarned = false }
    // Any command may change what later commands see; queries leave it alone.
    if invocation.command.changesRegistry || type.changesWhatCommandsSee { generation += 1 }
    if atomicRun, !type.runsInsideAtomicRun {
      throw .batchState(
        "'\(name)' cannot be used in 'run --atomic': the whole run is one batch, committed "
          + "when every line has run without error")
    }
    if type.readsRegistry { try refreshIfIdle() }
    return try runCommand(type, invocation)
  }

  /// The open store, or an error saying how to create a registry.
  func openStore() throws(CommandError) -> RegistryStore {
    guard let store else { throw .store(.notARegistry(options.registryPath)) }
    return store
  }

  /// Rereads files changed by others before a command, unless a batch or a held lock makes the
  /// session the only writer of what it reads.
  mutating func refreshIfIdle() throws(CommandError) {
    guard batch == nil, heldLock == nil, store != nil else { return }
    // Without a watcher a reread scans every file, which for one command just after opening
    // would double its cost for nothing.
    if watcher == nil && isFreshlyRead {
      isFreshlyRead = false
      return
    }
    do {
      let changed: [String]
      if let watcher {
        changed = try store!.refresh(using: watcher)
      } else {
        changed = try store!.refresh()
      }
      if !changed.isEmpty { generation += 1 }
    } catch {
      throw .store(error)
    }
  }
}
