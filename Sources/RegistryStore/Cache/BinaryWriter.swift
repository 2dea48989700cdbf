/// Appends values to a byte buffer in the cache's little-endian binary form.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func raw(_ values: [UInt8]) { bytes.append(contentsOf: values) }

  mutating func integer(_ value: Int64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func count(_ value: Int) { integer(Int64(value)) }

  mutating func byte(_ value: UInt8) { bytes.append(value) }

  mutating func string(_ value: String) {
    var copy = value
    copy.withUTF8 { utf8 in
      count(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  mutating func optionalString(_ value: String?) {
    guard let value else { return byte(0) }
    byte(1)
    string(value)
  }
}

/// Reads what `BinaryWriter` wrote, failing (returning nil) on anything short or malformed so
/// that a damaged cache is simply not used.
struct BinaryReader {
  private let bytes: [UInt8]
  private var cursor = 0

  init(_ bytes: [UInt8], from offset: Int = 0) {
    self.bytes = bytes
    cursor = offset
  }

  var isAtEnd: Bool { cursor == bytes.count }

  mutating func integer() -> Int64? {
    guard cursor + 8 <= bytes.count else { return nil }
    var value: Int64 = 0
    withUnsafeMutableBytes(of: &value) { raw in
      for index in 0..<8 { raw[index] = bytes[cursor + index] }
    }
    cursor += 8
    return Int64(littleEndian: value)
  }

  mutating func count() -> Int? {
    guard let value = integer(), value >= 0, value <= Int64(bytes.count) else { return nil }
    return Int(value)
  }

  mutating func byte() -> UInt8? {
    guard cursor < bytes.count else { return nil }
    defer { cursor += 1 }
    return bytes[cursor]
  }

  mutating func string() -> String? {
    guard let length = count(), cursor + length <= bytes.count else { return nil }
    defer { cursor += length }
    return String(decoding: bytes[cursor..<cursor + length], as: UTF8.self)
  }

  mutating func optionalString() -> String?? {
    switch byte() {
    case 0: return .some(nil)
    case 1: return string().map { .some($0) }
    default: return nil
    }
  }
}
