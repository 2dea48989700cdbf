import CommandLanguage
import Foundation
import InteractiveShell

// The executable only picks the mode and hands over; everything else lives in the libraries.

func write(_ result: CommandResult) {
  if !result.output.isEmpty { FileHandle.standardOutput.write(Data(result.output.utf8)) }
  if !result.errorOutput.isEmpty { FileHandle.standardError.write(Data(result.errorOutput.utf8)) }
}

func start() -> Never {
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
  if launch.mode == .version {
    print("svcreg 0.1.0")
    exit(0)
  }
  var session: Session
  do {
    // One command needs no watch on the files: nothing runs after it to be told of changes.
    session = try Session(options: options, watchingFiles: launch.mode.runsMoreThanOneCommand)
  } catch {
    write(CommandResult(errorOutput: error.description + "\n"))
    exit(error.exitStatus)
  }
  let status = run(launch, in: &session, environment: environment)
  // Tearing a registry of a million services down piece by piece takes longer than the process
  // has left to live; the system reclaims it all at once.
  withExtendedLifetime(session) { exit(status) }
}

func run(_ launch: Launch, in session: inout Session, environment: [String: String]) -> Int32 {
  switch launch.mode {
  case .interactive:
    return InteractiveShell.run(
      session: &session, historyFile: InteractiveShell.defaultHistoryFile(environment: environment))
  case .standardInput:
    let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    return session.runScript(input, named: "<stdin>", mode: launch.scriptMode, write: write)
  case .scripts(let files):
    var status: Int32 = 0
    for file in files {
      do {
        let text = try Session.readScript(file)
        status = max(
          status, session.runScript(text, named: file, mode: launch.scriptMode, write: write))
      } catch {
        write(CommandResult(errorOutput: error.description + "\n"))
        status = 1
      }
      if status != 0 && !launch.scriptMode.keepGoing { break }
    }
    return status
  case .command(let words):
    let result = session.execute(words: words)
    write(result)
    return result.exitStatus
  case .version:
    return 0
  }
}

start()
