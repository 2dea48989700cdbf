/// Interns lowercase words as small integers, so that the rest of duplicate detection counts and
/// compares numbers instead of strings: open addressing over FNV-1a hashes, the words' bytes kept
/// in one arena; each slot holds the word's id and the top of its hash, so that a probe touches
/// the arena only for a likely match. O(length) expected per word and no allocation per word.
struct TokenTable: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int32] = [0]
  private var hashes: [UInt64] = []
  /// Empty is 0; else the hash's top 32 bits and the id + 1.
  private var slots: [UInt64]
  private var mask: Int

  /// An empty table with room for about `capacity` words before it grows.
  init(capacity: Int = 1024) {
    var size = 64
    while size < capacity * 2 { size *= 2 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// How many words the table holds; their ids are `0..<count`.
  var count: Int { starts.count - 1 }

  /// The id of `word`, adding it when new.
  mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = TokenTable.hash(word)
    let (found, slot) = find(word, hash)
    if found >= 0 { return found }
    let id = Int32(count)
    arena.append(contentsOf: word)
    starts.append(Int32(arena.count))
    hashes.append(hash)
    slots[slot] = TokenTable.slotValue(hash, id)
    if count * 2 > slots.count { grow() }
    return id
  }

  /// The id of `word`, adding it when new.
  mutating func intern(_ word: String) -> Int32 {
    word.withUTF8Bytes { intern($0) }
  }

  /// The id of `word`, or -1 when the table does not hold it.
  func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
    find(word, TokenTable.hash(word)).id
  }

  /// The id of `word`, or -1 when the table does not hold it.
  func lookup(_ word: String) -> Int32 {
    word.withUTF8Bytes { lookup($0) }
  }

  /// The word with `id`.
  func text(_ id: Int32) -> String {
    withBytes(id) { String(decoding: $0, as: UTF8.self) }
  }

  /// The length in bytes of the word with `id`.
  func length(_ id: Int32) -> Int { Int(starts[Int(id) + 1] - starts[Int(id)]) }

  /// Calls `body` with the bytes of the word with `id`.
  func withBytes<Result>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = Int(starts[Int(id)])
    let end = Int(starts[Int(id) + 1])
    return arena.withUnsafeBufferPointer {
      body(UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
  }

  /// The id of `word` (or -1) and the slot it is in (or would go in).
  private func find(_ word: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (id: Int32, slot: Int) {
    let fingerprint = hash >> 32
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let value = slots[slot]
        if value == 0 { return (-1, slot) }
        let id = Int32(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
        if value >> 32 == fingerprint && equals(id, word) { return (id, slot) }
        slot = (slot + 1) & mask
      }
    }
  }

  private func equals(_ id: Int32, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(starts[Int(id)])
    let end = Int(starts[Int(id) + 1])
    guard end - start == word.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      var index = 0
      while index < word.count {
        if stored[start + index] != word[index] { return false }
        index += 1
      }
      return true
    }
  }

  private mutating func grow() {
    let size = slots.count * 2
    var fresh = [UInt64](repeating: 0, count: size)
    let newMask = size - 1
    for id in 0..<count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & newMask
      while fresh[slot] != 0 { slot = (slot + 1) & newMask }
      fresh[slot] = TokenTable.slotValue(hashes[id], Int32(id))
    }
    slots = fresh
    mask = newMask
  }

  private static func slotValue(_ hash: UInt64, _ id: Int32) -> UInt64 {
    (hash >> 32) << 32 | UInt64(UInt32(id) + 1)
  }

  /// FNV-1a over the bytes, finished with a multiply-xorshift so that the low bits (the slot)
  /// depend on every byte.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    hash ^= hash >> 29
    hash = hash &* 0xbf58_476d_1ce4_e5b9
    return hash ^ (hash >> 32)
  }
}
