import RegistryModel

/// Finds a service's vertex from its id: an open-addressing table over the sorted ids, hashed
/// with FNV-1a, which looks ids up several times faster than a `Dictionary` keyed by them; a
/// graph looks up every link's target once.
struct IDTable: Sendable {
  private let slots: [Int32]
  private let mask: Int

  /// Indexes `ids`; O(n).
  init(_ ids: [ServiceID]) {
    var capacity = 16
    while capacity < ids.count * 2 { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    for (vertex, id) in ids.enumerated() {
      var slot = IDTable.hash(id) & (capacity - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Int32(vertex)
    }
    self.slots = slots
    mask = capacity - 1
  }

  /// The vertex of `id` among `ids` (the array the table was built from), or `nil`; O(1)
  /// expected.
  func vertex(of id: ServiceID, in ids: [ServiceID]) -> Int? {
    var slot = IDTable.hash(id) & mask
    while true {
      let vertex = Int(slots[slot])
      if vertex < 0 { return nil }
      if ids[vertex] == id { return vertex }
      slot = (slot + 1) & mask
    }
  }

  private static func hash(_ id: ServiceID) -> Int { TextNumbers.hash(id.rawValue) }
}
