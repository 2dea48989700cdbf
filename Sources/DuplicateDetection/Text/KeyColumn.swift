/// One byte string per service (a normalised URL, a unit and normalised name), kept in one arena
/// with its hash: appending is a copy and putting runs together a concatenation, and equal keys
/// are found once at the end (`firsts`) instead of interning a million keys in a table. An empty
/// key stands for none. O(length) to append.
struct KeyColumn: Sendable {
  private var arena: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []

  /// An empty column.
  init() {}

  /// How many keys there are.
  var count: Int { hashes.count }

  /// Appends `key`; empty for none.
  mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
    arena.append(contentsOf: key)
    starts.append(arena.count)
    hashes.append(key.isEmpty ? 0 : TokenTable.hash(key))
  }

  /// Appends every key of `other`, in order.
  mutating func append(contentsOf other: KeyColumn) {
    let base = arena.count
    arena.append(contentsOf: other.arena)
    starts.append(contentsOf: other.starts.dropFirst().lazy.map { $0 + base })
    hashes.append(contentsOf: other.hashes)
  }

  /// The key at `index`.
  func text(_ index: Int) -> String {
    String(decoding: arena[starts[index]..<starts[index + 1]], as: UTF8.self)
  }

  /// For each key, the index of the first key equal to it (its own index when it is the
  /// first), or -1 for an empty key: the keys' ids, in order of first appearance. O(n)
  /// expected, over a table addressed by the hashes, touching the arena only to confirm a match.
  func firsts() -> [Int32] {
    var size = 64
    while size < count * 2 { size *= 2 }
    let mask = size - 1
    // Empty is 0; else the hash's top 32 bits and the index + 1.
    var slots = [UInt64](repeating: 0, count: size)
    var result = [Int32](repeating: -1, count: count)
    arena.withUnsafeBufferPointer { arena in
      for index in 0..<count where starts[index + 1] > starts[index] {
        let hash = hashes[index]
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let value = slots[slot]
          if value == 0 {
            slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
            result[index] = Int32(index)
            break
          }
          let other = Int(value & 0xFFFF_FFFF) - 1
          if value >> 32 == hash >> 32 && hashes[other] == hash
            && equal(arena, index, other)
          {
            result[index] = Int32(other)
            break
          }
          slot = (slot + 1) & mask
        }
      }
    }
    return result
  }

  private func equal(_ arena: UnsafeBufferPointer<UInt8>, _ one: Int, _ other: Int) -> Bool {
    let first = starts[one]..<starts[one + 1]
    let second = starts[other]..<starts[other + 1]
    guard first.count == second.count else { return false }
    return arena[first].elementsEqual(arena[second])
  }
}
