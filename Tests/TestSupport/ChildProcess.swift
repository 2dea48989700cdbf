import Foundation

/// Runs a program to completion and collects what it printed, for tests that use the built
/// executable as a user would.
public enum ChildProcess {
  /// What a finished program left: its exit status (or signal) and its output.
  public struct Outcome: Sendable {
    /// The exit status, or 128 + the signal number when a signal ended it.
    public var status: Int32
    /// Whether a signal ended it.
    public var wasSignalled: Bool
    /// Its standard output.
    public var output: String
    /// Its standard error.
    public var errorOutput: String
  }

  /// Runs `executable` with `arguments`, feeding `input` on standard input, and waits for it.
  public static func run(
    _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
    input: String = "", currentDirectory: String? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let currentDirectory {
      process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory)
    }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Read both pipes while writing, so that a chatty child never blocks on a full pipe.
    let group = DispatchGroup()
    nonisolated(unsafe) var outData = Data()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      outData = stdout.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errData = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    let signalled = process.terminationReason == .uncaughtSignal
    return Outcome(
      status: signalled ? 128 + process.terminationStatus : process.terminationStatus,
      wasSignalled: signalled, output: String(decoding: outData, as: UTF8.self),
      errorOutput: String(decoding: errData, as: UTF8.self))
  }

  /// Runs the built `svcreg` with `arguments`.
  public static func svcreg(
    _ arguments: [String], environment: [String: String] = [:], input: String = "",
    currentDirectory: String? = nil
  ) throws -> Outcome {
    try run(
      BuiltProducts.svcreg, arguments, environment: environment, input: input,
      currentDirectory: currentDirectory)
  }
}
