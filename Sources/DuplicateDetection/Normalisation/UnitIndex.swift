import RegistryModel

/// Finds a unit path's position in a list: open addressing over an FNV-1a hash of the path's
/// bytes, several times faster than a `Dictionary` keyed by paths, which a million services
/// each look up.
struct UnitIndex: Sendable {
  private let paths: [UnitPath]
  private let slots: [Int32]
  private let mask: Int

  /// Indexes `paths`; O(n).
  init(_ paths: [UnitPath]) {
    var size = 16
    while size < paths.count * 2 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    for (position, path) in paths.enumerated() {
      var slot = UnitIndex.hash(path) & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(position)
    }
    self.paths = paths
    self.slots = slots
    mask = size - 1
  }

  /// The position of `path` in the list, or -1; O(1) expected.
  func index(of path: UnitPath) -> Int32 {
    var slot = UnitIndex.hash(path) & mask
    while true {
      let position = slots[slot]
      if position < 0 || paths[Int(position)] == path { return position }
      slot = (slot + 1) & mask
    }
  }

  private static func hash(_ path: UnitPath) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for segment in path.segments {
      for byte in segment.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      hash = (hash ^ 0x2f) &* 0x100_0000_01b3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
