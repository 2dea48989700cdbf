/// Many small sorted sets of word ids in one array, one after another (no array per set), so
/// that a million services cost two allocations; set `n` is `values[starts[n]..<starts[n + 1]]`.
struct FlatSets: Sendable {
  /// The members of every set, each set sorted ascending without repeats.
  private(set) var values: [Int32] = []
  /// Where each set starts.
  private(set) var starts: [Int32] = [0]

  /// How many sets it holds.
  var count: Int { starts.count - 1 }

  /// The positions of set `index` in `values`.
  func range(_ index: Int) -> Range<Int> { Int(starts[index])..<Int(starts[index + 1]) }

  /// The members of set `index`.
  func members(_ index: Int) -> ArraySlice<Int32> { values[range(index)] }

  /// Whether set `index` is empty.
  func isEmpty(_ index: Int) -> Bool { starts[index] == starts[index + 1] }

  /// Appends `ids` as a new set, sorting them and dropping repeats in place.
  mutating func append(_ ids: inout [Int32]) {
    ids.sort()
    var previous: Int32 = -1
    for id in ids where id != previous {
      values.append(id)
      previous = id
    }
    starts.append(Int32(values.count))
  }

  /// Appends `ids`, already sorted and unique, as a new set.
  mutating func appendSorted(_ ids: ArraySlice<Int32>) {
    values.append(contentsOf: ids)
    starts.append(Int32(values.count))
  }
}

extension FlatSets {
  /// Appends `ids` in their order, repeats and all, as a new list (for words of a label).
  mutating func appendList(_ ids: [Int32]) {
    appendSorted(ids[...])
  }
}

extension FlatSets {
  /// Appends every set of `other`, its ids read through `mapping` (and sorted again).
  mutating func append(_ other: FlatSets, renumbered mapping: [Int32]) {
    var ids: [Int32] = []
    for set in 0..<other.count {
      ids.removeAll(keepingCapacity: true)
      for id in other.members(set) { ids.append(mapping[Int(id)]) }
      append(&ids)
    }
  }
}

extension FlatSets {
  /// Appends every set of `other` as it is.
  mutating func append(contentsOf other: FlatSets) {
    let offset = Int32(values.count)
    values.append(contentsOf: other.values)
    starts.append(contentsOf: other.starts.dropFirst().map { $0 + offset })
  }
}
