import AtomicFiles
import CEditLine
import Foundation

/// A libedit line editor with history, TAB completion, incremental search and Ctrl-C handling.
///
/// A class because it owns libedit's `EditLine` and `History` and frees them when it goes away.
/// When standard input or output is not a terminal it reads plain lines and keeps no history.
public final class LineEditor {
  /// Gives the completion for the text before the cursor; called on every TAB.
  public var complete: (String) -> CompletionResult

  /// Whether the editor talks to a terminal; if not, it reads plain lines.
  public let isInteractive: Bool

  private let editLine: OpaquePointer?
  private let history: OpaquePointer?
  private let historyFile: String?
  private var promptText: UnsafeMutablePointer<CChar>
  private var abandoned = false

  /// Opens an editor on standard input and output, loading history from `historyFile` if given.
  public init(
    programName: String, historyFile: String?, historySize: Int = 2000,
    complete: @escaping (String) -> CompletionResult
  ) {
    self.complete = complete
    self.historyFile = historyFile
    promptText = strdup("")
    isInteractive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    guard isInteractive else {
      editLine = nil
      history = nil
      return
    }
    // Without the user's locale libedit treats input as ASCII and cuts UTF-8 text short.
    setlocale(LC_CTYPE, "")
    history = history_init()
    editLine = el_init(programName, svcreg_stdin(), svcreg_stdout(), svcreg_stderr())
    configure(historySize: historySize)
  }

  deinit {
    if let editLine { el_end(editLine) }
    if let history { history_end(history) }
    free(promptText)
  }

  /// Wraps `text` so the prompt prints it without counting it as visible (for colour codes).
  public static func invisible(_ text: String) -> String {
    "\(PromptMarkup.marker)\(text)\(PromptMarkup.marker)"
  }

  /// Reads one line after showing `prompt`; Ctrl-C abandons the line and Ctrl-D leaves.
  public func readLine(prompt: String) -> LineInput {
    guard let editLine else { return readPlainLine() }
    setPrompt(prompt)
    abandoned = false
    while true {
      // libedit prints the prompt before it leaves cooked mode, so keys typed right after the
      // prompt appears would meet the terminal's own ^C, ^D and ^R; switch first.
      svcreg_el_prepare_terminal(editLine, 1)
      var count: Int32 = 0
      let text = el_gets(editLine, &count)
      if abandoned {
        abandoned = false
        return .interrupted
      }
      guard let text else {
        if count < 0 && errno == EINTR {
          // A signal from outside the terminal (kill -INT) cannot be told apart from Ctrl-C.
          if Interrupts.takeRequested() {
            write("\n")
            return .interrupted
          }
          continue
        }
        // libedit echoes ^D without ending the line.
        write("\n")
        return .endOfInput
      }
      return .line(Self.trimmed(String(cString: text)))
    }
  }

  /// Adds `line` to the history (skipping a repeat of the previous entry) and saves the file.
  public func remember(_ line: String) {
    guard let history, !line.allSatisfy(\.isWhitespace) else { return }
    svcreg_history_enter(history, line)
    saveHistory()
  }

  /// Writes the history file, atomically, creating its folder if needed.
  public func saveHistory() {
    guard let history, let historyFile else { return }
    var status = stat()
    // A device such as /dev/null means "keep no history"; libedit would chmod it.
    if stat(historyFile, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG { return }
    // Replacing a symbolic link would cut it; write where it points instead.
    let target = URL(fileURLWithPath: historyFile).resolvingSymlinksInPath().path
    let folder = (target as NSString).deletingLastPathComponent
    if !folder.isEmpty {
      try? FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    }
    // A temporary file renamed into place: a crash or a second shell never leaves half a file.
    let temporary = AtomicFiles.temporaryPath(beside: target)
    guard svcreg_history_save(history, temporary) >= 0 else {
      unlink(temporary)
      return
    }
    // History is a convenience: a failure to keep it must not stop the shell from closing.
    try? AtomicFiles.move(temporary, over: target, durable: false)
  }

  private func configure(historySize: Int) {
    guard let editLine, let history else { return }
    svcreg_history_set_size(history, Int32(clamping: historySize))
    svcreg_history_set_unique(history, 1)
    // Only a regular file is read: opening a FIFO would wait for a writer forever, and a
    // device has no history to give.
    var status = stat()
    if let historyFile, stat(historyFile, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
      svcreg_history_load(history, historyFile)
    }

    svcreg_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    svcreg_el_set_editor(editLine, "emacs")
    // libedit restores the terminal around stops and resizes only when it handles signals.
    svcreg_el_set_signal(editLine, 1)
    svcreg_el_set_history(editLine, history)
    svcreg_el_set_prompt(editLine, Self.promptCallback, 1)

    svcreg_el_add_function(editLine, "svcreg-complete", "Complete the word", Self.completeCallback)
    svcreg_el_bind(editLine, "^I", "svcreg-complete")
    // With the terminal's ISIG off while editing, ^C arrives as a key, never as a racy signal.
    svcreg_el_setty(editLine, "-d", "-isig")
    svcreg_el_add_function(editLine, "svcreg-abandon", "Abandon the line", Self.abandonCallback)
    svcreg_el_bind(editLine, "^C", "svcreg-abandon")
    svcreg_el_add_function(editLine, "svcreg-suspend", "Suspend the shell", Self.suspendCallback)
    svcreg_el_bind(editLine, "^Z", "svcreg-suspend")
    svcreg_el_bind(editLine, "^R", "em-inc-search-prev")
    // The user's ~/.editrc (or $EDITRC) comes last so it can change any of the above.
    el_source(editLine, nil)
  }

  private func setPrompt(_ prompt: String) {
    free(promptText)
    promptText = strdup(PromptMarkup(prompt: prompt).normalized)
  }

  private func readPlainLine() -> LineInput {
    guard let text = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(Self.trimmed(text))
  }

  /// Drops the newline and the trailing spaces that completion leaves behind.
  static func trimmed(_ text: String) -> String {
    var text = Substring(text)
    while let last = text.last, last == " " || last == "\t" || last.isNewline {
      text.removeLast()
    }
    return String(text)
  }

  private func write(_ text: String) {
    fputs(text, svcreg_stdout())
    fflush(svcreg_stdout())
  }

  private func lineAroundCursor() -> (before: String, after: Substring) {
    guard let editLine, let info = el_line(editLine)?.pointee else { return ("", "") }
    let before = UnsafeBufferPointer(
      start: UnsafeRawPointer(info.buffer).assumingMemoryBound(to: UInt8.self),
      count: info.cursor - info.buffer)
    let after = UnsafeBufferPointer(
      start: UnsafeRawPointer(info.cursor).assumingMemoryBound(to: UInt8.self),
      count: info.lastchar - info.cursor)
    return (
      String(decoding: before, as: UTF8.self), Substring(String(decoding: after, as: UTF8.self))
    )
  }

  private func completeWord() -> UInt8 {
    guard let editLine else { return UInt8(CC_ERROR) }
    let (before, after) = lineAroundCursor()
    let edit = CompletionEdit(complete(before), textAfterCursor: after)
    if edit.isEmpty { return UInt8(CC_REFRESH_BEEP) }
    if edit.scalarsToDelete > 0 { el_deletestr(editLine, Int32(edit.scalarsToDelete)) }
    if !edit.insertion.isEmpty {
      el_insertstr(editLine, edit.insertion)
      return UInt8(CC_REFRESH)
    }
    guard !edit.candidatesToList.isEmpty else { return UInt8(CC_REFRESH) }
    let width = Int(svcreg_el_columns(editLine))
    let listing = CandidateColumns(candidates: edit.candidatesToList, width: width > 0 ? width : 80)
    write("\n" + listing.text)
    return UInt8(CC_REDISPLAY)
  }

  private func abandonLine() -> UInt8 {
    abandoned = true
    // Re-echo the rest of the line so the ^C lands after it, not on top of it.
    write(String(lineAroundCursor().after) + "^C\n")
    return UInt8(CC_NEWLINE)
  }

  private func suspend() -> UInt8 {
    guard let editLine else { return UInt8(CC_ERROR) }
    svcreg_el_prepare_terminal(editLine, 0)
    // libedit catches SIGTSTP only once per line; with the default action the stop is certain.
    var stop = sigaction()
    var previous = sigaction()
    #if canImport(Glibc)
      stop.__sigaction_handler.sa_handler = SIG_DFL
    #else
      stop.__sigaction_u.__sa_handler = SIG_DFL
    #endif
    sigaction(SIGTSTP, &stop, &previous)
    kill(0, SIGTSTP)
    sigaction(SIGTSTP, &previous, nil)
    svcreg_el_prepare_terminal(editLine, 1)
    // After `fg` the screen holds the job shell's output: draw the prompt and line afresh.
    return UInt8(CC_REDISPLAY)
  }

  private static func editor(of editLine: OpaquePointer?) -> LineEditor? {
    guard let editLine, let data = svcreg_el_client_data(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  private static let promptCallback: svcreg_el_prompt_fn = { editLine in
    editor(of: editLine)?.promptText
  }

  private static let completeCallback: svcreg_el_command_fn = { editLine, _ in
    editor(of: editLine)?.completeWord() ?? UInt8(CC_ERROR)
  }

  private static let abandonCallback: svcreg_el_command_fn = { editLine, _ in
    editor(of: editLine)?.abandonLine() ?? UInt8(CC_ERROR)
  }

  private static let suspendCallback: svcreg_el_command_fn = { editLine, _ in
    editor(of: editLine)?.suspend() ?? UInt8(CC_ERROR)
  }
}
