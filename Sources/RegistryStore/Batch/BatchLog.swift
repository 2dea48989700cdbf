/// The redo log of a batch: every change with its full contents, checksummed, so that a batch
/// interrupted at any point can be finished (or known never to have started) on the next open.
enum BatchLog {
  static let magic = "svcreg-batch 1\n"

  /// Encodes `changes`; O(total bytes).
  static func encode(_ changes: [FileChange]) -> [UInt8] {
    var out = Array(magic.utf8)
    out.append(contentsOf: "\(changes.count)\n".utf8)
    for change in changes {
      let path = Array(change.path.utf8)
      switch change {
      case .write(_, let contents):
        out.append(contentsOf: "w \(path.count) \(contents.count) 0\n".utf8)
        out.append(contentsOf: path)
        out.append(contentsOf: contents)
      case .delete:
        out.append(contentsOf: "d \(path.count) 0 0\n".utf8)
        out.append(contentsOf: path)
      case .append(_, let offset, let contents):
        out.append(contentsOf: "a \(path.count) \(contents.count) \(offset)\n".utf8)
        out.append(contentsOf: path)
        out.append(contentsOf: contents)
      }
      out.append(UInt8(ascii: "\n"))
    }
    out.append(contentsOf: "end \(String(checksum(out), radix: 16))\n".utf8)
    return out
  }

  /// Decodes a log, or returns `nil` when it is torn or damaged; O(total bytes).
  static func decode(_ bytes: [UInt8]) -> [FileChange]? {
    var cursor = 0
    func line() -> String? {
      guard let end = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
      defer { cursor = end + 1 }
      return String(decoding: bytes[cursor..<end], as: UTF8.self)
    }
    func take(_ count: Int) -> [UInt8]? {
      guard count >= 0, cursor + count <= bytes.count else { return nil }
      defer { cursor += count }
      return Array(bytes[cursor..<cursor + count])
    }
    guard bytes.starts(with: magic.utf8) else { return nil }
    cursor = magic.utf8.count
    guard let countLine = line(), let count = Int(countLine) else { return nil }
    var changes: [FileChange] = []
    for _ in 0..<count {
      guard let header = line() else { return nil }
      let parts = header.split(separator: " ")
      guard parts.count == 4, let pathLength = Int(parts[1]), let length = Int(parts[2]),
        let offset = Int64(parts[3]), let pathBytes = take(pathLength)
      else { return nil }
      let path = String(decoding: pathBytes, as: UTF8.self)
      switch parts[0] {
      case "w":
        guard let contents = take(length) else { return nil }
        changes.append(.write(path: path, contents: contents))
      case "d":
        changes.append(.delete(path: path))
      case "a":
        guard let contents = take(length) else { return nil }
        changes.append(.append(path: path, offset: offset, contents: contents))
      default:
        return nil
      }
      guard take(1) == [UInt8(ascii: "\n")] else { return nil }
    }
    let payloadEnd = cursor
    guard let trailer = line(),
      trailer == "end \(String(checksum(bytes[..<payloadEnd]), radix: 16))",
      cursor == bytes.count
    else { return nil }
    return changes
  }

  /// The paths a damaged log still names, read from its start as far as its records hold
  /// together; O(total bytes).
  static func readablePaths(in bytes: [UInt8]) -> [String] {
    var cursor = magic.utf8.count
    guard bytes.starts(with: magic.utf8),
      let countEnd = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n"))
    else { return [] }
    cursor = countEnd + 1
    var paths: [String] = []
    var seen = Set<String>()
    while let end = bytes[cursor...].firstIndex(of: UInt8(ascii: "\n")) {
      let parts = String(decoding: bytes[cursor..<end], as: UTF8.self).split(separator: " ")
      guard parts.count == 4, ["w", "d", "a"].contains(parts[0]), let pathLength = Int(parts[1]),
        let length = Int(parts[2]), pathLength > 0, length >= 0,
        end + 1 + pathLength <= bytes.count
      else { break }
      let path = String(decoding: bytes[end + 1..<end + 1 + pathLength], as: UTF8.self)
      if seen.insert(path).inserted { paths.append(path) }
      cursor = end + 1 + pathLength + (parts[0] == "d" ? 0 : length) + 1
      guard cursor <= bytes.count else { break }
    }
    return paths
  }

  /// FNV-1a, 64 bits: enough to tell a torn or damaged log from a whole one.
  static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }
}
