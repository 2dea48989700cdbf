import RegistryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the `svcreg` command line asks for: global options, then the mode to start.
public struct Launch: Sendable {
  /// The way in the user chose.
  public enum Mode: Sendable, Equatable {
    /// No command on a terminal: the interactive shell.
    case interactive
    /// No command, input not a terminal: commands read from standard input.
    case standardInput
    /// `run FILE...`: script files.
    case scripts([String])
    /// `help`, `--help`, or `COMMAND ARGS...`: one command.
    case command([String])
    /// `--version`.
    case version

    /// Whether the session will run further commands after its first, and so gains from
    /// being told which files changed in between.
    public var runsMoreThanOneCommand: Bool {
      switch self {
      case .interactive, .standardInput, .scripts: true
      case .command, .version: false
      }
    }
  }

  /// The mode chosen.
  public var mode: Mode
  /// The session's options.
  public var options: SessionOptions
  /// How scripts (files or standard input) behave.
  public var scriptMode: Session.ScriptMode

  /// The usage line for `svcreg --help` and command-line errors.
  public static let usage = """
    usage: svcreg [--registry DIR] [--at REV] [--actor NAME] [--json] [--no-color] [--no-pager] [--wide]
                  [COMMAND [ARG...]]
           svcreg run FILE... [--keep-going] [--atomic] [--check]
           svcreg init [DIR] [--name NAME]
    With no command: the interactive shell on a terminal, else commands from standard input.
    'svcreg help' lists the commands.
    """

  /// The options `svcreg` itself takes before a command, each with what it does, padded for
  /// `help` to print in columns.
  public static let globalOptions: [(String, String)] = {
    let options = [
      ("--registry DIR", "the registry (else $SVCREG_REGISTRY, else the nearest registry.toml up)"),
      ("--at REV", "read the registry as git revision REV holds it (read-only)"),
      ("--actor NAME", "who the journal names (else $SVCREG_ACTOR, else the login name)"),
      ("--json", "every command prints one JSON document"),
      ("--no-color", "no colour (also NO_COLOR=1; never in pipes)"),
      ("--wide", "tables and messages are not fitted to the terminal's width"),
      ("--no-pager", "the shell prints long output without a pager ($SVCREG_PAGER, $PAGER, less)"),
      ("--keep-going", "scripts: report an error and go on"),
      ("--atomic", "scripts: the whole run is one batch, all or nothing"),
      ("--version", "print the version"),
    ]
    let width = options.map(\.0.count).max()!
    return options.map { ($0.0 + String(repeating: " ", count: width - $0.0.count + 2), $0.1) }
  }()

  /// Reads the command line; `environment` and `isTerminal` are given so that tests can choose.
  public static func parse(
    _ arguments: [String], environment: [String: String], isTerminal: Bool,
    currentDirectory: String
  ) throws(CommandError) -> Launch {
    var registry: String?
    var revision: String?
    var actor: String?
    var json = false
    var color = true
    var paging = true
    var wide = false
    var keepGoing = false
    var atomic = false
    var index = 0
    func value(_ name: String) throws(CommandError) -> String {
      index += 1
      guard index < arguments.count else {
        throw .usage("\(name) needs a value\n\(usage)", column: 0, command: nil)
      }
      return arguments[index]
    }
    var rest: [String] = []
    while index < arguments.count {
      let argument = arguments[index]
      if !rest.isEmpty {
        // After the command word, options belong to the command, except the few global
        // ones that `run` and `init` share with it.
        rest.append(argument)
        index += 1
        continue
      }
      switch argument {
      case "--registry": registry = try value(argument)
      case "--actor": actor = try value(argument)
      case "--at": revision = try value(argument)
      case "--json": json = true
      case "--no-color": color = false
      case "--no-pager": paging = false
      case "--wide": wide = true
      case "--keep-going": keepGoing = true
      case "--atomic": atomic = true
      case "--help", "-h": rest = ["help"]
      case "--version": rest = ["--version"]
      default:
        if argument.hasPrefix("--registry=") {
          registry = String(argument.dropFirst("--registry=".count))
        } else if argument.hasPrefix("--at=") {
          revision = String(argument.dropFirst("--at=".count))
        } else if argument.hasPrefix("--actor=") {
          actor = String(argument.dropFirst("--actor=".count))
        } else if argument.hasPrefix("-") {
          throw .usage("unknown option '\(argument)'\n\(usage)", column: 0, command: nil)
        } else {
          rest.append(argument)
        }
      }
      index += 1
    }
    // The environment is read here, once, so that the libraries below never read it.
    var today: CalendarDate?
    if let fixed = environment["SVCREG_TODAY"], !fixed.isEmpty {
      do {
        today = try CalendarDate(validating: fixed)
      } catch {
        throw .usage("SVCREG_TODAY: \(error)", column: 0, command: nil)
      }
    }
    var options = SessionOptions(
      registryPath: registry ?? environment["SVCREG_REGISTRY"]
        ?? findRegistry(from: currentDirectory) ?? "registry",
      actor: actor ?? environment["SVCREG_ACTOR"] ?? loginName(environment),
      json: json, color: color && environment["NO_COLOR"].map(\.isEmpty) ?? true, today: today,
      revision: revision)
    options.paging = paging
    options.wide = wide
    var launch = Launch(
      mode: .interactive, options: options,
      scriptMode: Session.ScriptMode(keepGoing: keepGoing, atomic: atomic))
    if rest == ["--version"] {
      launch.mode = .version
    } else if rest.first == "run" {
      var files: [String] = []
      for word in rest.dropFirst() {
        switch word {
        case "--keep-going": launch.scriptMode.keepGoing = true
        case "--atomic": launch.scriptMode.atomic = true
        case "--check": launch.scriptMode.checkOnly = true
        case "--json": launch.options.json = true
        default:
          if word.hasPrefix("-") && word != "-" {
            throw .usage("'run' has no option '\(word)'", column: 0, command: "run")
          }
          files.append(word)
        }
      }
      guard !files.isEmpty else {
        throw .usage("'run' needs at least one FILE", column: 0, command: "run")
      }
      launch.mode = .scripts(files)
      launch.options.holdsWriterLock = true
    } else if !rest.isEmpty {
      launch.mode = .command(rest)
      if let type = Session.commandTypes[rest[0]], type.worksWithoutRegistry {
        launch.options.opensRegistry = false
      }
    } else {
      launch.mode = isTerminal ? .interactive : .standardInput
      launch.options.holdsWriterLock = !isTerminal
    }
    return launch
  }

  /// The nearest folder holding `registry.toml`, from `directory` upward.
  static func findRegistry(from directory: String) -> String? {
    var current = directory
    while true {
      if access(current + "/registry.toml", F_OK) == 0 { return current }
      guard let slash = current.lastIndex(of: "/"), current != "/" else { return nil }
      current = slash == current.startIndex ? "/" : String(current[..<slash])
    }
  }

  private static func loginName(_ environment: [String: String]) -> String {
    if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "unknown"
  }
}
