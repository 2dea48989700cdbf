import CommandLanguage
import LineEditor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where one command's output goes in the shell: the screen, through the pager once it is
/// taller than the screen; a file (`> FILE`, `>> FILE`); or a system command (`| COMMAND`).
///
/// Output to the screen is held until it fills the screen: then the pager starts and gets it
/// all, so that short answers print at once and long ones (streamed as they are made) can be
/// read a page at a time. A class, since the session's streaming closure writes into it while
/// the command runs.
final class ShellOutput {
  private enum Destination {
    case screen
    case file(Int32)
    case command(ShellCommand)
  }

  private var destination: Destination
  /// Screen output held back while it may still fit the screen.
  private var held: [UInt8] = []
  private var heldLines = 0
  /// The pager command, when output that does not fit the screen is paged.
  private var pager: String?
  /// The screen's height in lines.
  private let rows: Int
  /// Set when writing stopped (Ctrl-C, a reader that went away).
  private(set) var stopped = false

  private init(destination: Destination, pager: String?, rows: Int) {
    self.destination = destination
    self.pager = pager
    self.rows = rows
  }

  /// Output for the screen, paged by `pager` when given and the output outgrows the screen.
  static func screen(pager: String?) -> ShellOutput {
    ShellOutput(destination: .screen, pager: pager, rows: screenRows())
  }

  /// Output for `redirection`; an error when the file cannot be opened or the command started.
  static func redirected(to redirection: OutputRedirection) -> Result<
    ShellOutput, ShellOutputError
  > {
    switch redirection {
    case .file(let path, let append):
      let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
      let descriptor = open(path, flags, 0o644)
      guard descriptor >= 0 else { return .failure(.cannotOpen(path, errno)) }
      return .success(ShellOutput(destination: .file(descriptor), pager: nil, rows: 0))
    case .pipe(let command):
      return ShellCommand.start(command).map {
        ShellOutput(destination: .command($0), pager: nil, rows: 0)
      }
    }
  }

  /// Whether the output leaves the screen, so that it is written without colour.
  var isRedirected: Bool {
    if case .screen = destination { return false }
    return true
  }

  /// Writes `text`, or holds it while it still fits the screen.
  func write(_ text: String) {
    guard !stopped, !text.isEmpty else { return }
    switch destination {
    case .screen:
      guard let pager else {
        emit(Array(text.utf8)[...], to: STDOUT_FILENO)
        return
      }
      held += text.utf8
      heldLines += text.utf8.lazy.filter { $0 == UInt8(ascii: "\n") }.count
      // A screen's worth, less the prompt line: beyond it the pager takes over.
      guard heldLines >= rows - 1 else { return }
      switch ShellCommand.start(pager) {
      case .success(let command):
        destination = .command(command)
      case .failure:
        // A pager that cannot start is no reason to lose the output.
        self.pager = nil
        destination = .screen
      }
      let all = held
      held = []
      emit(all[...], to: descriptor)
    case .file(let descriptor):
      emit(Array(text.utf8)[...], to: descriptor)
    case .command(let command):
      emit(Array(text.utf8)[...], to: command.input)
    }
  }

  /// Writes what is held, ends a redirection (closing the file, waiting for the command or
  /// the pager to finish), and returns the exit status of the command written to, if any.
  @discardableResult
  func finish() -> Int32? {
    switch destination {
    case .screen:
      if !held.isEmpty { emit(held[...], to: STDOUT_FILENO) }
      held = []
      return nil
    case .file(let descriptor):
      close(descriptor)
      return nil
    case .command(var command):
      return command.finish()
    }
  }

  private var descriptor: Int32 {
    switch destination {
    case .screen: STDOUT_FILENO
    case .file(let descriptor): descriptor
    case .command(let command): command.input
    }
  }

  /// Writes `bytes` a piece at a time, so that Ctrl-C stops a long output (a terminal prints
  /// a few megabytes a second at best); a reader that went away (`head`, a pager quit early)
  /// ends the writing quietly.
  private func emit(_ bytes: ArraySlice<UInt8>, to descriptor: Int32) {
    var bytes = bytes
    while !bytes.isEmpty {
      // Only looked at, not taken: the running command takes it and stops too.
      if Interrupts.isRequested {
        stopped = true
        return
      }
      let written = bytes.prefix(16_384).withUnsafeBytes { raw in
        #if canImport(Glibc)
          Glibc.write(descriptor, raw.baseAddress, raw.count)
        #else
          Darwin.write(descriptor, raw.baseAddress, raw.count)
        #endif
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else {
        stopped = true
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// The terminal's width in columns, `nil` when standard output is no terminal.
  static func screenColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// The terminal's height in lines, 24 when it cannot be asked.
  private static func screenRows() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 1 else { return 24 }
    return Int(size.ws_row)
  }
}
