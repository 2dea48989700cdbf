import Foundation

/// Renders DOT to SVG, PNG or PDF with Graphviz's `dot`, found on `PATH`.
public enum GraphvizRenderer {
  /// The output formats `dot` is asked for, by file extension.
  public static let formats: Set<String> = ["svg", "png", "pdf"]

  /// The path of `dot` on `PATH`, or `nil` when Graphviz is not installed.
  public static func locate(
    path: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  ) -> String? {
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/dot"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Renders `dot` as `format` into `path`, atomically: `dot` writes a temporary file beside
  /// it, which is renamed into place only when `dot` succeeds. When `isInterrupted` says so
  /// (Ctrl-C), `dot` is ended and nothing is written.
  public static func render(
    _ dot: [UInt8], format: String, to path: String,
    isInterrupted: @escaping () -> Bool = { false }
  ) throws(ExportError) {
    guard let executable = locate() else { throw .graphvizMissing }
    // Temporary files go beside the file they become, so that the rename stays on one file
    // system; a device or FIFO has no such place, and gets its bytes copied in.
    let near: String
    switch try AtomicFile.destination(of: path) {
    case .file(let target): near = target
    case .special: near = (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/svcreg"
    }
    let source = AtomicFile.temporaryPath(beside: near) + ".dot"
    let output = AtomicFile.temporaryPath(beside: near)
    try AtomicFile.write(dot, to: source)
    defer { unlink(source) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["-T\(format)", "-o", output, source]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .graphvizFailed(status: -1, message: "\(error)")
    }
    // Read on another thread while this one waits, so that a chatty dot never blocks on a
    // full pipe and Ctrl-C is still seen.
    nonisolated(unsafe) var message = Data()
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) {
      message = errors.fileHandleForReading.readDataToEndOfFile()
    }
    while process.isRunning {
      if isInterrupted() {
        process.terminate()
        process.waitUntilExit()
        reading.wait()
        unlink(output)
        throw .interrupted
      }
      usleep(10_000)
    }
    process.waitUntilExit()
    reading.wait()
    guard process.terminationStatus == 0 else {
      unlink(output)
      let text = String(decoding: message, as: UTF8.self)
      throw .graphvizFailed(
        status: process.terminationStatus,
        message: text.split(separator: "\n").prefix(3).joined(separator: "; "))
    }
    try AtomicFile.move(output, to: path)
  }
}
