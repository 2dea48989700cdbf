import Foundation

/// What the last changes replaced, kept under `.svcreg/undo/` (never committed to git) so that
/// `undo` can put it back: one folder per change, holding the replaced files' bytes and a
/// record of the commands, the paths and a hash of what was written over them.
struct UndoLog {
  /// The registry's root.
  let root: String

  /// How many changes are kept; older ones are forgotten.
  static let kept = 20
  /// Changes touching more files than this are not kept (a bulk import): git holds them.
  static let largestChange = 2_000

  /// One change as kept: its commands, and per file what it held before (`nil`: no file) and
  /// the hash of what the change left there (`nil`: it removed the file).
  struct Record {
    var folder: String
    var commands: [String]
    var files: [(path: String, before: [UInt8]?, after: UInt64?)]
  }

  var folder: String { "\(root)/\(RegistryLayout.stateFolder)/undo" }

  /// The bytes `changes` will replace, read before they are written; `nil` for a change too
  /// large to keep. O(size of the files touched).
  func preImages(of changes: [FileChange]) -> [(path: String, before: [UInt8]?, after: UInt64?)]? {
    let files = changes.filter { if case .append = $0 { false } else { true } }
    guard files.count <= UndoLog.largestChange else { return nil }
    return files.map { change in
      let before = try? FileSystem.read("\(root)/\(change.path)")
      switch change {
      case .write(let path, let contents): return (path, before, UndoLog.hash(contents))
      case .delete(let path), .append(let path, _, _): return (path, before, nil)
      }
    }
  }

  /// Keeps a change that was written: its commands and the files it replaced. Failing to keep
  /// it only loses the chance to undo it, so errors are dropped.
  func keep(_ files: [(path: String, before: [UInt8]?, after: UInt64?)], commands: [String]) {
    let numbers = recordNumbers()
    let next = (numbers.last ?? 0) + 1
    let record = "\(folder)/\(String(next))"
    guard
      (try? FileManager.default.createDirectory(
        atPath: record, withIntermediateDirectories: true)) != nil
    else { return }
    var entries: [[String: Any]] = []
    for (index, file) in files.enumerated() {
      var entry: [String: Any] = ["path": file.path]
      if let before = file.before {
        guard
          FileManager.default.createFile(
            atPath: "\(record)/\(index).before", contents: Data(before))
        else { return }
        entry["before"] = "\(index).before"
      }
      if let after = file.after { entry["after"] = String(after, radix: 16) }
      entries.append(entry)
    }
    guard
      let json = try? JSONSerialization.data(
        withJSONObject: ["commands": commands, "files": entries], options: [.sortedKeys])
    else { return }
    // The record file last: a folder without it is an unfinished record, and ignored.
    guard FileManager.default.createFile(atPath: "\(record)/record.json", contents: json) else {
      return
    }
    for old in numbers.dropLast(UndoLog.kept - 1) {
      try? FileManager.default.removeItem(atPath: "\(folder)/\(old)")
    }
  }

  /// The kept changes, newest first.
  func records() -> [Record] {
    recordNumbers().reversed().compactMap { number in
      let record = "\(folder)/\(number)"
      guard let data = FileManager.default.contents(atPath: "\(record)/record.json"),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let commands = object["commands"] as? [String],
        let entries = object["files"] as? [[String: Any]]
      else { return nil }
      var files: [(path: String, before: [UInt8]?, after: UInt64?)] = []
      for entry in entries {
        guard let path = entry["path"] as? String else { return nil }
        var before: [UInt8]? = nil
        if let name = entry["before"] as? String {
          guard let data = FileManager.default.contents(atPath: "\(record)/\(name)") else {
            return nil
          }
          before = [UInt8](data)
        }
        let after = (entry["after"] as? String).flatMap { UInt64($0, radix: 16) }
        files.append((path, before, after))
      }
      return Record(folder: record, commands: commands, files: files)
    }
  }

  /// Forgets `record`, once undone.
  func forget(_ record: Record) {
    try? FileManager.default.removeItem(atPath: record.folder)
  }

  private func recordNumbers() -> [Int] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap(Int.init)
      .sorted()
  }

  /// FNV-1a over `bytes`: enough to tell that a file was changed since.
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }
}
