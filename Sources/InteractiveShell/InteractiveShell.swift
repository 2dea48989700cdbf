import CommandLanguage
import LineEditor

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The interactive shell: reads lines with the line editor, runs them on a command session,
/// and prints what they give, until `quit` or Ctrl-D.
public enum InteractiveShell {
  /// Runs the prompt loop on `session`, keeping history in `historyFile` if given, paging
  /// output taller than the screen through `pager` when given, and returns the process's
  /// exit status.
  public static func run(session: inout Session, historyFile: String?, pager: String? = nil)
    -> Int32
  {
    Interrupts.install()
    // A pager or `| head` that ends before reading everything must not end the shell.
    signal(SIGPIPE, SIG_IGN)
    session.interruptCheck = { Interrupts.takeRequested() }
    let editor = LineEditor(
      programName: "svcreg", historyFile: historyFile, complete: completion(session.completer))
    let color = session.options.color && Terminal.colorEnabled(for: STDOUT_FILENO)
    var pending = ContinuedLine()
    while true {
      let prompt =
        !pending.isPending
        ? ShellPrompt(name: session.promptName, isInBatch: session.isInBatch, color: color).text
        : ShellPrompt.continuation
      switch editor.readLine(prompt: prompt) {
      case .endOfInput:
        // Ctrl-D with a batch open asks first, as quit does.
        if let warning = session.warnBeforeDroppingTheBatch() {
          write(warning.errorOutput, to: STDERR_FILENO)
          continue
        }
        editor.saveHistory()
        return 0
      case .interrupted:
        pending.reset()
      case .line(let text):
        // Joined as a script joins continued lines, so both read the same command.
        guard let line = pending.take(text) else { continue }
        // A Ctrl-C pressed between commands must not stop the next one.
        _ = Interrupts.takeRequested()
        let result = run(line, in: &session, pager: pager)
        _ = Interrupts.takeRequested()
        if result.shouldQuit {
          editor.saveHistory()
          return 0
        }
        // `quit` stays out of the history, so Up after a restart brings back real work.
        editor.remember(line)
        editor.complete = completion(session.completer)
      }
    }
  }

  /// Runs one line, its output going where the line says (`> FILE`, `>> FILE`, `| COMMAND`)
  /// or to the screen, paged when it outgrows the screen; errors go to standard error.
  private static func run(_ line: String, in session: inout Session, pager: String?)
    -> CommandResult
  {
    var command = line
    var output = ShellOutput.screen(pager: session.options.paging ? pager : nil)
    do {
      let split = try OutputRedirection.split(line)
      command = split.command
      if let redirection = split.redirection {
        switch ShellOutput.redirected(to: redirection) {
        case .success(let redirected): output = redirected
        case .failure(let error):
          write(error.description, to: STDERR_FILENO)
          return CommandResult(exitStatus: 1)
        }
      }
    } catch .usage(let message, let column, nil) where line.contains(">") || line.contains("|") {
      let result = session.render(.usage(message, column: column, command: nil))
      write(result.errorOutput, to: STDERR_FILENO)
      return result
    } catch {
      // A line that does not split (an open quote): the session says so as for any line.
    }
    let color = session.options.color
    if output.isRedirected { session.options.color = false }
    // Fitted to the terminal as it is now (it may have been resized); files get whole lines.
    session.options.width =
      output.isRedirected || session.options.wide ? nil : ShellOutput.screenColumns()
    // Long output comes while the command runs; Ctrl-C stops it there and then the command.
    session.streamOutput = { output.write($0) }
    var result = session.execute(line: command)
    session.options.color = color
    session.streamOutput = nil
    if !result.output.isEmpty && !result.output.hasSuffix("\n") { result.output += "\n" }
    output.write(result.output)
    output.finish()
    if output.stopped && Interrupts.isRequested {
      write("^C (output interrupted)\n", to: STDERR_FILENO)
    }
    write(result.errorOutput, to: STDERR_FILENO)
    return result
  }

  /// The pager for output taller than the screen: `$SVCREG_PAGER` (empty: none), else
  /// `$PAGER`, else `less -FRX` when `less` is installed.
  public static func pagerCommand(environment: [String: String]) -> String? {
    if let pager = environment["SVCREG_PAGER"] { return pager.isEmpty ? nil : pager }
    if let pager = environment["PAGER"], !pager.isEmpty { return pager }
    let path = environment["PATH"] ?? "/usr/bin:/bin"
    let hasLess = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
    return hasLess ? "less -FRX" : nil
  }

  /// Where history is kept: `$SVCREG_HISTORY`, else `$XDG_STATE_HOME/svcreg/history`, else
  /// `~/.svcreg_history`; nil when none of these is set.
  public static func defaultHistoryFile(environment: [String: String]) -> String? {
    if let path = environment["SVCREG_HISTORY"], !path.isEmpty { return path }
    // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return "\(state.hasSuffix("/") ? String(state.dropLast()) : state)/svcreg/history"
    }
    if let home = environment["HOME"], !home.isEmpty {
      return "\(home.hasSuffix("/") ? String(home.dropLast()) : home)/.svcreg_history"
    }
    return nil
  }

  private static func completion(_ completer: Completer) -> (String) -> CompletionResult {
    { text in
      let found = completer.complete(text)
      return CompletionResult(word: found.word, candidates: found.candidates)
    }
  }

  /// Writes `text` a piece at a time, so that Ctrl-C stops a long output (a terminal prints
  /// a few megabytes a second at best) and brings the prompt back; with `ending`, a last line
  /// without a newline gets one.
  private static func write(_ text: String, to descriptor: Int32, ending: Bool = true) {
    guard !text.isEmpty else { return }
    var bytes = Array(text.utf8)[...]
    if ending && bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    while !bytes.isEmpty {
      // Only looked at, not taken: the running command takes it and stops too.
      if Interrupts.isRequested {
        if ending { write("^C (output interrupted)\n", to: STDERR_FILENO) }
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
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }
}
