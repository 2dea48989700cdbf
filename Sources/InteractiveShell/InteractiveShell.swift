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
  /// Runs the prompt loop on `session`, keeping history in `historyFile` if given, and returns
  /// the process's exit status.
  public static func run(session: inout Session, historyFile: String?) -> Int32 {
    Interrupts.install()
    session.interruptCheck = { Interrupts.takeRequested() }
    // Long output comes while the command runs; Ctrl-C stops it there and then the command.
    session.streamOutput = { write($0, to: STDOUT_FILENO, ending: false) }
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
        let result = session.execute(line: line)
        _ = Interrupts.takeRequested()
        write(result.output, to: STDOUT_FILENO)
        write(result.errorOutput, to: STDERR_FILENO)
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
