import Foundation

/// One run of `git` in a folder: its standard output as bytes, its standard input fed from a
/// second thread so that neither side can block the other on a full pipe.
struct GitProcess {
  /// The folder git runs in; paths it prints with `--relative` are relative to it.
  var directory: String

  /// The path of `git` on `PATH`, found once per process.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/git"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }()

  /// Runs `git ARGUMENTS` with `input` on its standard input and returns its standard output;
  /// a non-zero status throws with the first lines git wrote on standard error.
  func run(_ arguments: [String], input: [UInt8] = []) throws(GitError) -> [UInt8] {
    let (status, output, errors) = try runAllowingFailure(arguments, input: input)
    guard status == 0 else {
      throw .failed(
        command: "git " + arguments.joined(separator: " "), status: status,
        message: errors.split(separator: "\n").prefix(3).joined(separator: "; "))
    }
    return output
  }

  /// Runs `git ARGUMENTS` and returns its status, standard output and standard error, whatever
  /// the status.
  func runAllowingFailure(_ arguments: [String], input: [UInt8] = []) throws(GitError) -> (
    status: Int32, output: [UInt8], errors: String
  ) {
    guard let executable = GitProcess.executable else { throw .gitMissing }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    // Quoted paths and pagers would change what is printed; a user's config must not.
    process.arguments = ["-c", "core.quotepath=false", "--no-pager"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_OPTIONAL_LOCKS"] = "0"
    environment["LC_ALL"] = "C"
    process.environment = environment
    let standardInput = Pipe()
    let standardOutput = Pipe()
    let standardError = Pipe()
    process.standardInput = standardInput
    process.standardOutput = standardOutput
    process.standardError = standardError
    do {
      try process.run()
    } catch {
      throw .failed(command: "git", status: -1, message: "\(error)")
    }
    let group = DispatchGroup()
    nonisolated(unsafe) var errors = Data()
    DispatchQueue.global().async(group: group) {
      errors = standardError.fileHandleForReading.readDataToEndOfFile()
    }
    DispatchQueue.global().async(group: group) {
      if !input.isEmpty { try? standardInput.fileHandleForWriting.write(contentsOf: input) }
      try? standardInput.fileHandleForWriting.close()
    }
    let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return (process.terminationStatus, [UInt8](output), String(decoding: errors, as: UTF8.self))
  }
}
