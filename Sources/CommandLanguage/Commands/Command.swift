/// One command of the language as a type: its arguments and options parsed once into typed
/// values, and what it does, which is a typed outcome. How the outcome prints (text, JSON) is
/// decided at the edge, by `Session.execute`, never by the command.
///
/// The command's word, usage, help and completion stay in the `CommandTable`, as data; a type
/// is found there by `name`. Adding a command: its spec in `CommandTable.standard`, a type
/// here, its outcome in `Outcomes/`, and the type in `Session.commandTypes`.
protocol Command: SendableMetatype {
  /// What running the command gives.
  associatedtype Outcome: CommandOutcome

  /// The command's word in the table.
  static var name: String { get }

  /// Whether the command looks at the registry, which is then reread first if others
  /// changed it; `help` does not, and works where there is no registry.
  static var readsRegistry: Bool { get }

  /// Whether the command never needs the registry, so that run alone it does not open one
  /// (git's merge driver runs once per file merged, and must not read a whole registry each
  /// time).
  static var worksWithoutRegistry: Bool { get }

  /// Whether the command changes what later commands see without itself changing the registry
  /// (a batch opened or closed, scripts run, a registry created), so cached views are rebuilt.
  static var changesWhatCommandsSee: Bool { get }

  /// Whether the command may run inside `run --atomic`, whose whole run is one batch: not the
  /// commands that open, close or leave a batch.
  static var runsInsideAtomicRun: Bool { get }

  /// Whether a progress line may say what the command is doing when it runs long: not for
  /// commands that hand the terminal to another program or run other commands.
  static var showsProgress: Bool { get }

  /// The command an invocation asks for; the invocation was checked against the table
  /// already (arguments there, options known), so what can fail here is a value.
  init(parsing invocation: Invocation) throws(CommandError)

  /// Runs the command on the session's registry (or its open batch).
  func run(in session: inout Session) throws(CommandError) -> Outcome
}

extension Command {
  static var readsRegistry: Bool { true }
  static var worksWithoutRegistry: Bool { false }
  static var changesWhatCommandsSee: Bool { false }
  static var runsInsideAtomicRun: Bool { true }
  static var showsProgress: Bool { true }
}
