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

  /// Runs the lines of one script, writing each command's output as it goes; an error is
  /// reported as `FILE:LINE: error: …` and stops the run unless `keepGoing`. With `atomic` the
  /// run is one batch, committed only when no command failed. Returns the exit status.
  public mutating func runScript(
    _ text: String, named file: String, mode: ScriptMode,
    write: (CommandResult) -> Void
  ) -> Int32 {
    if mode.checkOnly {
      return checkScript(text, named: file, keepGoing: mode.keepGoing, write: write)
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
    }
    scriptDepth += 1
    defer { scriptDepth -= 1 }
    for (number, line) in Session.logicalLines(of: text) {
      if interruptCheck() {
        status = 130
        write(CommandResult(errorOutput: "\(file):\(number): interrupted\n", exitStatus: 130))
        break
      }
      var result = execute(line: line)
      if result.exitStatus != 0 {
        status = max(status, result.exitStatus == 2 ? 1 : result.exitStatus)
        result.errorOutput = Session.locate(result.errorOutput, file: file, line: number)
        write(result)
        if !mode.keepGoing { break }
        continue
      }
      write(result)
      if result.shouldQuit { break }
    }
    if ownsBatch {
      if status == 0 && batch != nil {
        do {
          try commitBatch()
        } catch {
          write(render(error, json: options.json))
          return 1
        }
      } else if batch != nil {
        batch = nil
        write(
          CommandResult(
            errorOutput: "\(file): the run had errors; nothing was written (--atomic)\n",
            exitStatus: 1))
      }
    }
    return status
  }

  /// Parses every line of a script against the command table without running anything, and
  /// reports each bad line as `FILE:LINE:COLUMN: error: …`. O(size of the script).
  func checkScript(
    _ text: String, named file: String, keepGoing: Bool, write: (CommandResult) -> Void
  ) -> Int32 {
    var status: Int32 = 0
    var commands = 0
    for (number, line) in Session.logicalLines(of: text) {
      do {
        let tokens = try Tokenizer.split(line)
        guard !tokens.isEmpty else { continue }
        _ = try parser.parse(tokens)
        commands += 1
      } catch {
        status = 1
        let result = render(error, json: false)
        write(
          CommandResult(
            errorOutput: Session.locate(result.errorOutput, file: file, line: number),
            exitStatus: 1))
        if !keepGoing { break }
      }
    }
    if status == 0 {
      write(CommandResult(output: "\(file): \(commands) commands, no errors\n"))
    }
    return status
  }

  /// Prefixes each error line with `file:line: ` unless it already names a file location.
  static func locate(_ errorOutput: String, file: String, line: Int) -> String {
    errorOutput.split(separator: "\n", omittingEmptySubsequences: false).map { text in
      if text.isEmpty { return "" }
      let plain = text.drop { $0 == "\u{1B}" || $0 == "[" || $0.isNumber || $0 == "m" }
      if plain.hasPrefix("error: column ") {
        // A usage error knows its column: point there, as compilers do.
        let rest = plain.dropFirst("error: column ".count)
        let digits = rest.prefix { $0.isNumber }
        let message = rest.dropFirst(digits.count).drop { $0 == ":" || $0 == " " }
        return "\(file):\(line):\(digits): error: \(message)"
      }
      if plain.hasPrefix("error:") { return "\(file):\(line): " + plain }
      return "\(file):\(line): \(text)"
    }.joined(separator: "\n")
  }

  /// The logical lines of a script with the number of the line each starts on; a line ending
  /// in `\` continues on the next.
  public static func logicalLines(of text: String) -> [(Int, String)] {
    var result: [(Int, String)] = []
    var pending: String?
    var start = 0
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if pending == nil { start = index + 1 }
      if Tokenizer.continues(line) {
        pending = (pending.map { $0 + " " } ?? "") + line.dropLast()
        continue
      }
      result.append((start, (pending.map { $0 + " " } ?? "") + line))
      pending = nil
    }
    if let pending { result.append((start, pending)) }
    return result
  }

  mutating func runScripts(_ invocation: Invocation) throws(CommandError) -> Reply {
    let mode = ScriptMode(
      keepGoing: invocation.has("keep-going"), atomic: invocation.has("atomic"),
      checkOnly: invocation.has("check"))
    return try runFiles(invocation.arguments, mode: mode)
  }

  mutating func source(_ invocation: Invocation) throws(CommandError) -> Reply {
    try runFiles(invocation.arguments, mode: ScriptMode())
  }

  private mutating func runFiles(_ files: [String], mode: ScriptMode) throws(CommandError) -> Reply
  {
    guard scriptDepth < 16 else {
      throw .failed("scripts nest more than 16 deep; is one sourcing itself?")
    }
    var output = ""
    var errors = ""
    var status: Int32 = 0
    for file in files {
      let text = try Session.readScript(file)
      status = max(
        status,
        runScript(text, named: file, mode: mode) { result in
          output += result.output
          errors +=
            result.errorOutput.isEmpty || result.errorOutput.hasSuffix("\n")
            ? result.errorOutput : result.errorOutput + "\n"
        })
      if status != 0 && !mode.keepGoing { break }
    }
    return Reply(
      text: output, json: .object([("ok", .bool(status == 0))]), errorText: errors,
      exitStatus: status)
  }

  /// Reads a script file, or says clearly why not.
  public static func readScript(_ file: String) throws(CommandError) -> String {
    guard let handle = fopen(file, "r") else {
      throw .failed("cannot read script '\(file)': \(String(cString: strerror(errno)))")
    }
    defer { fclose(handle) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  mutating func initialize(_ invocation: Invocation) throws(CommandError) -> Reply {
    let path = invocation.argument(0) ?? options.registryPath
    let name = invocation.value("name") ?? FileSystemName.lastComponent(of: path)
    do {
      let created = try RegistryStore.create(at: path, name: name)
      let watcher = DirectoryWatcher(root: path)
      if store == nil || path == options.registryPath {
        self.watcher = watcher
        store = created
        options.registryPath = path
      }
    } catch {
      throw .store(error)
    }
    return Reply(
      text: "created registry '\(name)' in \(path)\n",
      json: .object([("ok", true), ("path", .string(path)), ("name", .string(name))]))
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
