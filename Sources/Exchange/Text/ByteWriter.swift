import JSONText

/// A growing buffer of UTF-8 bytes that exporters write into: appending bytes is several times
/// faster than building a `String` of the same size, and the bytes are what files receive.
struct ByteWriter {
  /// What has been written.
  private(set) var bytes: [UInt8] = []

  /// Creates an empty writer with room for `capacity` bytes.
  init(reserving capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Writes `text` as it is; O(its length).
  mutating func write(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Writes one byte.
  mutating func write(byte: UInt8) {
    bytes.append(byte)
  }

  /// Writes `text` as a quoted JSON string; O(its length).
  mutating func writeJSONString(_ text: String) {
    JSONText.appendQuoted(text, to: &bytes)
  }

  /// Writes `number` in decimal.
  mutating func write(_ number: Int) {
    bytes.append(contentsOf: String(number).utf8)
  }

  /// Writes `text`, passing each byte through `replace`: `nil` keeps the byte, and any string
  /// is written in its place (`""` drops it). Runs of kept bytes are copied at once. O(length).
  @inline(__always)
  mutating func write(_ text: String, escaping replace: (UInt8) -> String?) {
    var text = text
    text.withUTF8 { source in
      var start = 0
      for index in source.indices {
        guard let replacement = replace(source[index]) else { continue }
        if start < index {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
        }
        bytes.append(contentsOf: replacement.utf8)
        start = index + 1
      }
      if start < source.count {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start...]))
      }
    }
  }
}
