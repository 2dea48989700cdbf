import RegistryModel
import RegistryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scripts: `run`, `source`, commands piped on standard input, and `init`.
extension Session {
  /// How a script run behaves on errors and whether it is one batch.
  public struct ScriptMode: Sendable {
    /// Report errors and go on instead of stopping at the first.
    public var keepGoing: Bool
    /// Make the whole run one batch: all of it lands, or none.
    public var atomic: Bool
    /// Only check that every line is a valid command; run nothing.
    public var checkOnly: Bool

    /// Creates a mode.
    public init(keepGoing: Bool = false, atomic: Bool = false, checkOnly: Bool = false) {
      self.keepGoing = keepGoing
      self.atomic = atomic
      self.checkOnly = checkOnly
    }
  }

  /// Runs the lines of one script, writing each command's output as it goes; see
  /// `runScripts(_:mode:write:)`.
  public mutating func runScript(
    _ text: String, named file: String, mode: ScriptMode,
    write: (CommandResult) -> Void
  ) -> Int32 {
    runScripts([ScriptSource(text: text, named: file)], mode: mode, write: write)
  }

  /// Runs scripts one after the other, writing each command's output as it goes (a line read
  /// from a stream runs as soon as it arrives); an error is reported as `FILE:LINE: error: …`
  /// and stops the run unless `keepGoing`. With `atomic` the run of every script is one batch,
  /// committed only when no command failed, and `begin`, `commit`, `rollback` and `quit` are
  /// refused inside it. Returns the exit status.
  public mutating func runScripts(
    _ sources: [ScriptSource], mode: ScriptMode, write output: (CommandResult) -> Void
  ) -> Int32 {
    // Script names are the user's words too: what the run itself prints is made safe as well.
    let json = options.json
    let color = options.color
    func write(_ result: CommandResult) {
      output(Session.terminalSafe(result, json: json, color: color))
    }
    if mode.checkOnly {
      var status: Int32 = 0
      for source in sources {
        status = max(status, checkScript(source, keepGoing: mode.keepGoing, write: write))
        if status != 0 && !mode.keepGoing { break }
      }
      return status
    }
    var status: Int32 = 0
    let ownsBatch = mode.atomic && batch == nil
    if ownsBatch {
      do {
        try beginBatch()
      } catch {
        write(render(error, json: options.json))
        return error.exitStatus
      }
      atomicRun = true
    }
    defer { if ownsBatch { atomicRun = false } }
    scriptDepth += 1
    defer { scriptDepth -= 1 }
    scripts: for var source in sources {
      var lines = LogicalLines()
      while true {
        let next: (number: Int, text: String)?
        do {
          next = try lines.next(from: &source)
        } catch {
          status = max(status, 1)
          write(render(error, json: options.json))
          if mode.keepGoing { continue }
          break scripts
        }
        guard let (number, line) = next else { break }
        if interruptCheck() {
          status = 130
          write(
            CommandResult(errorOutput: "\(source.name):\(number): interrupted\n", exitStatus: 130))
          break scripts
        }
        let result = execute(line: line, at: ScriptLocation(file: source.name, line: number))
        if result.exitStatus != 0 {
          status = max(status, result.exitStatus == 2 ? 1 : result.exitStatus)
          write(result)
          if !mode.keepGoing { break scripts }
          continue
        }
        write(result)
        if result.shouldQuit { break scripts }
      }
    }
    if ownsBatch {
      if status == 0 && batch != nil {
        do {
          try commitBatch()
        } catch {
          // The run's batch ends with the run, committed or not.
          batch = nil
          write(render(error, json: options.json))
          return 1
        }
      } else if batch != nil {
        batch = nil
        let names = sources.map(\.name).joined(separator: ", ")
        write(
          CommandResult(
            errorOutput: "\(names): the run had errors; nothing was written (--atomic)\n",
            exitStatus: 1))
      }
    }
    return status
  }

  /// Parses every line of a script against the command table without running anything, and
  /// reports each bad line as `FILE:LINE:COLUMN: error: …`. O(size of the script).
  func checkScript(
    _ source: ScriptSource, keepGoing: Bool, write: (CommandResult) -> Void
  ) -> Int32 {
    var source = source
    var status: Int32 = 0
    var commands = 0
    var lines = LogicalLines()
    while true {
      do {
        guard let next = try lines.next(from: &source) else { break }
        let tokens = try Tokenizer.split(next.text)
        guard !tokens.isEmpty else { continue }
        _ = try parser.parse(tokens)
        commands += 1
      } catch {
        status = 1
        let location = ScriptLocation(file: source.name, line: lines.startOfLast)
        let result = render(error.located(at: location), json: false)
        write(CommandResult(errorOutput: result.errorOutput, exitStatus: 1))
        if !keepGoing { break }
      }
    }
    if status == 0 {
      write(CommandResult(output: "\(source.name): \(commands) commands, no errors\n"))
    }
    return status
  }

  /// The logical lines of a script with the number of the line each starts on; a line ending
  /// in `\\` continues on the next.
  public static func logicalLines(of text: String) -> [(Int, String)] {
    var source = ScriptSource(text: text, named: "")
    var lines = LogicalLines()
    var result: [(Int, String)] = []
    while let next = try? lines.next(from: &source) { result.append((next.number, next.text)) }
    return result
  }

  /// Reads every file, then runs them as scripts in `mode`, gathering what they print.
  mutating func runFiles(_ files: [String], mode: ScriptMode) throws(CommandError) -> ScriptRun {
    guard scriptDepth < 16 else {
      throw .failed("scripts nest more than 16 deep; is one sourcing itself?")
    }
    // Every file is read before any runs, so that a missing one leaves nothing half done.
    var sources: [ScriptSource] = []
    for file in files { sources.append(try ScriptSource(file: file)) }
    var output = ""
    var errors = ""
    let status = runScripts(sources, mode: mode) { result in
      output += result.output
      errors +=
        result.errorOutput.isEmpty || result.errorOutput.hasSuffix("\n")
        ? result.errorOutput : result.errorOutput + "\n"
    }
    return ScriptRun(output: output, errors: errors, status: status)
  }

  /// Makes `store`, just created at `path`, the session's registry when it has none or when
  /// `path` is the one it was started on.
  mutating func adopt(_ created: RegistryStore, at path: String) {
    guard store == nil || path == options.registryPath else { return }
    watcher = DirectoryWatcher(root: path)
    store = created
    options.registryPath = path
  }
}

/// The last component of a path, for naming a registry after its folder.
enum FileSystemName {
  static func lastComponent(of path: String) -> String {
    let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
    let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
    return name == "." || name.isEmpty ? "registry" : name
  }
}

/// Joins a script's physical lines into logical ones: a line ending in an unescaped `\`
/// continues on the next.
struct LogicalLines {
  /// The number of the physical line the last logical line started on.
  private(set) var startOfLast = 0

  /// The next logical line and the number of the line it starts on; `nil` at the end.
  mutating func next(from source: inout ScriptSource) throws(CommandError) -> (
    number: Int, text: String
  )? {
    var joined = ContinuedLine()
    var start = 0
    while let (number, line) = try source.nextLine() {
      if !joined.isPending { start = number }
      startOfLast = start
      if let logical = joined.take(line) { return (start, logical) }
    }
    return joined.finish().map { (start, $0) }
  }
}
