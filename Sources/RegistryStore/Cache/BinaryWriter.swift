/// Appends values to a byte buffer in the cache's binary form: unsigned LEB128 varints, so the
/// small numbers that make up most of the cache (string and table indices) take a byte or two.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func raw(_ values: some Sequence<UInt8>) { bytes.append(contentsOf: values) }

  mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func count(_ value: Int) { varint(UInt64(value)) }

  /// A signed number, zigzag-encoded so that small negative numbers stay small.
  mutating func signed(_ value: Int64) {
    varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  mutating func byte(_ value: UInt8) { bytes.append(value) }

  /// Eight bytes, little-endian, for numbers read before anything else is trusted.
  mutating func fixed(_ value: UInt64) {
    for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
  }
}

/// Reads what `BinaryWriter` wrote, failing (returning nil) on anything short or malformed so
/// that a damaged cache is simply not used.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  private var cursor: Int

  /// Reads `bytes`, which must outlive the reader, from `offset`.
  init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
    self.bytes = bytes
    cursor = offset
  }

  var isAtEnd: Bool { cursor == bytes.count }

  /// Two fixed eight-byte numbers, such as a length and its checksum.
  mutating func fixedPair() -> (UInt64, UInt64)? {
    guard let first = fixed64(), let second = fixed64() else { return nil }
    return (first, second)
  }

  mutating func varint() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while cursor < bytes.count, shift < 64 {
      let byte = bytes[cursor]
      cursor += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  /// A count or index no larger than `limit`.
  mutating func count(below limit: Int = .max) -> Int? {
    guard let value = varint(), value < UInt64(limit) else { return nil }
    return Int(value)
  }

  mutating func signed() -> Int64? {
    guard let value = varint() else { return nil }
    return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
  }

  mutating func byte() -> UInt8? {
    guard cursor < bytes.count else { return nil }
    defer { cursor += 1 }
    return bytes[cursor]
  }

  mutating func fixed64() -> UInt64? {
    guard cursor + 8 <= bytes.count else { return nil }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[cursor + index]) << (8 * index) }
    cursor += 8
    return value
  }

  /// `length` bytes as a string, decoded as UTF-8.
  mutating func string(length: Int) -> String? {
    guard length <= bytes.count - cursor else { return nil }
    defer { cursor += length }
    return String(
      decoding: UnsafeRawBufferPointer(rebasing: bytes[cursor..<cursor + length]), as: UTF8.self)
  }
}

/// A 64-bit checksum of the cache's body, so that a damaged or truncated cache is noticed
/// before anything in it is believed; eight bytes a step, a few milliseconds for 100 MB.
enum CacheChecksum {
  static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var index = 0
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < bytes.count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 29)
  }
}
