import CommandLanguage
import Foundation
import InteractiveShell

// The executable only picks the mode and hands over; everything else lives in the libraries.

func write(_ result: CommandResult) {
  writeAll(result.output, to: 1)
  writeAll(result.errorOutput, to: 2)
}

/// Writes all of `text` to `descriptor` at once, so that a program reading a pipe sees each
/// command's output as soon as it ran; a failed write to standard output (a closed or full
/// output) ends the run with a message instead of a crash. A closed pipe ends it silently,
/// by SIGPIPE, as it ends `cat`.
func writeAll(_ text: String, to descriptor: Int32) {
  guard !text.isEmpty else { return }
  var bytes = Array(text.utf8)
  var done = 0
  while done < bytes.count {
    let count = bytes.withUnsafeMutableBytes {
      Glibc.write(descriptor, $0.baseAddress! + done, $0.count - done)
    }
    if count < 0 {
      if errno == EINTR { continue }
      let reason = String(cString: strerror(errno))
      if descriptor == 1 {
        writeAll("svcreg: error: cannot write standard output: \(reason)\n", to: 2)
        exit(1)
      }
      return
    }
    done += count
  }
  bytes.removeAll()
}

func start() -> Never {
  // Swift turns bytes that are not UTF-8 into U+FFFD, which would then be stored; refuse them.
  for index in 1..<Int(CommandLine.argc) {
    guard let raw = CommandLine.unsafeArgv[index], String(validatingCString: raw) == nil else {
      continue
    }
    write(
      CommandResult(
        errorOutput: "svcreg: error: argument \(index) is not valid UTF-8 text; "
          + "write it in UTF-8\n"))
    exit(2)
  }
  let environment = ProcessInfo.processInfo.environment
  let isTerminal = isatty(0) == 1 && isatty(1) == 1
  let launch: Launch
  do {
    launch = try Launch.parse(
      Array(CommandLine.arguments.dropFirst()), environment: environment, isTerminal: isTerminal,
      currentDirectory: FileManager.default.currentDirectoryPath)
  } catch {
    write(CommandResult(errorOutput: error.description + "\n"))
    exit(error.exitStatus)
  }
  var options = launch.options
  options.color = options.color && Terminal.colorEnabled(for: 1)
  // On a terminal, tables and messages fit its width; in pipes and files lines stay whole.
  var size = winsize()
  if !options.wide, isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
    options.width = Int(size.ws_col)
  }
  options.editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first {
    !$0.isEmpty
  }
  options.asksQuestions = isatty(0) == 1 && isatty(2) == 1
  // Progress is for a person watching a terminal; `SVCREG_PROGRESS_DELAY` (as git's
  // GIT_PROGRESS_DELAY) sets how long a command runs before it shows.
  if isatty(2) == 1, !options.json {
    options.progressDelay = Double(environment["SVCREG_PROGRESS_DELAY"] ?? "") ?? 1
  }
  // git's configuration of the merge driver names this very executable when it was run by path.
  let invokedAs = CommandLine.arguments.first ?? "svcreg"
  if invokedAs.contains("/"), let real = realpath(invokedAs, nil) {
    options.executable = String(cString: real)
    free(real)
  }
  if launch.mode == .version {
    print("svcreg 0.1.0")
    exit(0)
  }
  var session: Session
  do {
    // One command needs no watch on the files: nothing runs after it to be told of changes.
    session = try Session(options: options, watchingFiles: launch.mode.runsMoreThanOneCommand)
  } catch {
    write(Session.render(error, json: options.json, color: options.color))
    exit(error.exitStatus)
  }
  session.streamOutput = { writeAll($0, to: 1) }
  var status = run(launch, in: &session, environment: environment)
  if session.isInBatch, launch.mode != .interactive {
    // Input ended inside 'begin' … with no 'commit': say that none of it was written.
    write(
      session.render(
        .batchState(
          "the input ended with a batch open ('begin' without 'commit'); none of it was written")))
    status = max(status, 1)
  }
  // Tearing a registry of a million services down piece by piece takes longer than the process
  // has left to live; the system reclaims it all at once.
  withExtendedLifetime(session) { exit(status) }
}

func run(_ launch: Launch, in session: inout Session, environment: [String: String]) -> Int32 {
  switch launch.mode {
  case .interactive:
    return InteractiveShell.run(
      session: &session, historyFile: InteractiveShell.defaultHistoryFile(environment: environment),
      pager: InteractiveShell.pagerCommand(environment: environment))
  case .standardInput:
    return session.runScripts(
      [ScriptSource.standardInput()], mode: launch.scriptMode, write: write)
  case .scripts(let files):
    // Every file is read before any runs: a missing one leaves nothing half done, and with
    // --atomic all of them are one batch.
    var sources: [ScriptSource] = []
    for file in files {
      do {
        sources.append(try ScriptSource(file: file))
      } catch {
        write(session.render(error))
        return error.exitStatus
      }
    }
    return session.runScripts(sources, mode: launch.scriptMode, write: write)
  case .command(let words):
    let result = session.execute(words: words)
    write(result)
    return result.exitStatus
  case .version:
    return 0
  }
}

start()
