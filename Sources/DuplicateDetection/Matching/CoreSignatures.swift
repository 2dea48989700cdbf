/// The distinct cores of a registry: services whose names normalise to the same words share one
/// signature, so blocking and name similarity work per signature, and a thousand `SIAKAD`s cost
/// what one does. O(total core words) with an open-addressing table over the cores.
struct CoreSignatures: Sendable {
  /// Each service's signature.
  let ofService: [Int32]
  /// The services of each signature, ascending, one signature after another.
  let members: [Int32]
  /// Where each signature's services start in `members`.
  let starts: [Int32]

  /// How many distinct cores there are.
  var count: Int { starts.count - 1 }

  /// The services of signature `signature`.
  func services(_ signature: Int) -> ArraySlice<Int32> {
    members[Int(starts[signature])..<Int(starts[signature + 1])]
  }

  /// A service whose core is signature `signature`'s.
  func representative(_ signature: Int) -> Int { Int(members[Int(starts[signature])]) }

  /// Groups the services by core.
  init(_ cores: FlatSets) {
    var size = 64
    while size < cores.count * 2 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var firstService: [Int32] = []
    var hashes: [UInt64] = []
    var ofService = [Int32](repeating: 0, count: cores.count)
    var sizes: [Int32] = []
    for service in 0..<cores.count {
      let range = cores.range(service)
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for index in range {
        hash = (hash ^ UInt64(UInt32(bitPattern: cores.values[index]))) &* 0x100_0000_01b3
      }
      hash ^= hash >> 31
      var slot = Int(truncatingIfNeeded: hash) & (size - 1)
      var signature: Int32 = -1
      while slots[slot] >= 0 {
        let candidate = slots[slot]
        if hashes[Int(candidate)] == hash
          && cores.members(Int(firstService[Int(candidate)])).elementsEqual(cores.values[range])
        {
          signature = candidate
          break
        }
        slot = (slot + 1) & (size - 1)
      }
      if signature < 0 {
        signature = Int32(firstService.count)
        slots[slot] = signature
        firstService.append(Int32(service))
        hashes.append(hash)
        sizes.append(0)
      }
      ofService[service] = signature
      sizes[Int(signature)] += 1
    }
    var starts = [Int32](repeating: 0, count: sizes.count + 1)
    for (signature, count) in sizes.enumerated() {
      starts[signature + 1] = starts[signature] + count
    }
    var fill = Array(starts.dropLast())
    var members = [Int32](repeating: 0, count: cores.count)
    for (service, signature) in ofService.enumerated() {
      members[Int(fill[Int(signature)])] = Int32(service)
      fill[Int(signature)] += 1
    }
    self.ofService = ofService
    self.members = members
    self.starts = starts
  }

  /// For each service, how many services share its core.
  var sizesByService: [Int32] {
    ofService.map { starts[Int($0) + 1] - starts[Int($0)] }
  }
}
