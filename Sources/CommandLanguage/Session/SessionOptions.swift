import RegistryModel

/// How a session was started: which registry, who is acting, and how to print.
public struct SessionOptions: Sendable {
  /// The registry directory.
  public var registryPath: String
  /// Who the journal names for changes.
  public var actor: String
  /// Whether every command prints JSON.
  public var json: Bool
  /// Whether text output is coloured.
  public var color: Bool
  /// Seconds to wait for another writer.
  public var lockTimeout: Double
  /// Whether to keep the writer lock from the first change until the session ends, as a script
  /// does, instead of taking it for each change and rereading the files before each command.
  public var holdsWriterLock: Bool
  /// The date sunsets are compared with, when fixed (`SVCREG_TODAY`, for reproducible runs);
  /// `nil` for today's date in UTC.
  public var today: CalendarDate?
  /// The git revision shown instead of the working tree (`--at REV`): read, never written.
  public var revision: String?
  /// Whether the session opens the registry at once; not for a command that works without
  /// one (`merge-driver`).
  public var opensRegistry = true
  /// Whether the shell pages output taller than the screen (`--no-pager` turns it off).
  public var paging = true
  /// The width text output fits (a terminal's columns); `nil` for none (pipes, files,
  /// `--wide`).
  public var width: Int?
  /// Whether output is never cut to the terminal's width (`--wide`).
  public var wide = false
  /// The command that opens a file in the user's text editor (`$VISUAL`, else `$EDITOR`);
  /// `nil` for `vi`.
  public var editor: String?
  /// Whether a command may ask the user a question on the terminal (standard input and error
  /// are one), such as `edit` offering to reopen a file that does not parse.
  public var asksQuestions = false
  /// Seconds a command runs before a progress line appears on standard error; `nil` for none
  /// (standard error is not a terminal, or the output is JSON).
  public var progressDelay: Double?
  /// How this svcreg is run (for git's configuration of its merge driver): a path, or a
  /// name found on `PATH`.
  public var executable = "svcreg"

  /// Creates options.
  public init(
    registryPath: String, actor: String, json: Bool = false, color: Bool = false,
    lockTimeout: Double = 30, holdsWriterLock: Bool = false, today: CalendarDate? = nil,
    revision: String? = nil
  ) {
    self.registryPath = registryPath
    self.actor = actor
    self.json = json
    self.color = color
    self.lockTimeout = lockTimeout
    self.holdsWriterLock = holdsWriterLock
    self.today = today
    self.revision = revision
  }
}
