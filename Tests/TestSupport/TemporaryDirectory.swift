import Foundation

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
public struct TemporaryDirectory: Sendable {
  /// The folder's path.
  public let path: String

  /// Creates a new empty folder whose name starts with `prefix`.
  public init(prefix: String = "svcreg-test") {
    var template = Array("\(NSTemporaryDirectory())/\(prefix)-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    path = String(cString: created!)
  }

  /// The path of `name` inside the folder.
  public func file(_ name: String) -> String { "\(path)/\(name)" }

  /// Writes `text` to `name` inside the folder, creating folders as needed.
  public func write(_ text: String, to name: String) throws {
    let url = URL(fileURLWithPath: file(name))
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// Reads `name` inside the folder as text.
  public func read(_ name: String) throws -> String {
    try String(contentsOfFile: file(name), encoding: .utf8)
  }

  /// Deletes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
