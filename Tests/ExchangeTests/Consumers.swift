import Foundation

/// Runs the real consumers of exports (Graphviz's `dot`, Python's networkx) on files, as the
/// tests need them. `scripts/install-dependencies` installs both before the tests run.
enum Consumers {
  /// What a finished program printed and its exit status.
  struct Outcome {
    var status: Int32
    var output: Data
    var errorOutput: String
  }

  /// Runs `program` (found on `PATH`) with `arguments`, reading both pipes while it runs.
  static func run(_ program: String, _ arguments: [String]) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    nonisolated(unsafe) var errorData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorData = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    group.wait()
    return Outcome(
      status: process.terminationStatus, output: outputData,
      errorOutput: String(decoding: errorData, as: UTF8.self))
  }

  /// Writes `bytes` to a new temporary file named `name` and returns its path.
  static func temporaryFile(_ bytes: [UInt8], named name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("svcreg-exchange-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// The texts of an SVG's `<text>` elements, XML entities decoded: the lines Graphviz drew.
  static func svgTexts(_ svg: String) -> [String] {
    var texts: [String] = []
    var rest = svg[...]
    while let open = rest.range(of: "<text") {
      guard let close = rest[open.upperBound...].range(of: ">"),
        let end = rest[close.upperBound...].range(of: "</text>")
      else { break }
      texts.append(decodeEntities(String(rest[close.upperBound..<end.lowerBound])))
      rest = rest[end.upperBound...]
    }
    return texts
  }

  private static func decodeEntities(_ text: String) -> String {
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
      let name = rest[rest.index(after: amp)..<semicolon]
      let named = ["lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]
      if let value = named[String(name)] {
        out += value
      } else if name.hasPrefix("#x"), let code = UInt32(name.dropFirst(2), radix: 16),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
      } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()),
        let scalar = Unicode.Scalar(code)
      {
        out.unicodeScalars.append(scalar)
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return out + rest
  }
}
