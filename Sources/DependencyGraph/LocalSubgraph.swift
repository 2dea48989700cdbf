/// The links among a group of services, renumbered `0..<k` in member order, for the searches
/// that work on one component at a time.
struct LocalSubgraph {
  /// One link: local source, local target and the edge number in the whole graph.
  struct LocalLink {
    let from: Int
    let to: Int
    let edge: Int
  }

  /// The links, grouped by source in member order.
  let links: [LocalLink]
  /// `offsets[i]..<offsets[i + 1]` are the links leaving member `i`.
  let offsets: [Int]
  let memberCount: Int

  init(graph: DependencyGraph, members: [Int]) {
    var links: [LocalLink] = []
    var offsets = [0]
    offsets.reserveCapacity(members.count + 1)
    for (from, vertex) in members.enumerated() {
      for edge in Int(graph.forwardOffsets[vertex])..<Int(graph.forwardOffsets[vertex + 1]) {
        let target = Int(graph.edgeTargets[edge])
        if let to = LocalSubgraph.position(of: target, in: members) {
          links.append(LocalLink(from: from, to: to, edge: edge))
        }
      }
      offsets.append(links.count)
    }
    self.links = links
    self.offsets = offsets
    self.memberCount = members.count
  }

  func outgoing(_ member: Int) -> Range<Int> { offsets[member]..<offsets[member + 1] }

  private static func position(of vertex: Int, in members: [Int]) -> Int? {
    var low = 0
    var high = members.count
    while low < high {
      let middle = (low + high) / 2
      if members[middle] < vertex { low = middle + 1 } else { high = middle }
    }
    return low < members.count && members[low] == vertex ? low : nil
  }

  /// A position for each member in an ordering with the fewest backward links, which are then a
  /// minimum set of links to remove; O(2^k · k), so only for small k.
  func minimumBackwardOrdering() -> [Int] {
    let count = memberCount
    precondition(count <= 20, "exact search is exponential in the number of services")
    var outMask = [UInt32](repeating: 0, count: count)
    for link in links where link.from != link.to { outMask[link.from] |= 1 << UInt32(link.to) }
    let full = 1 << count
    let unreached = Int32.max
    // cost[s]: fewest backward links when the members in s come first, in the best order.
    var cost = [Int32](repeating: unreached, count: full)
    cost[0] = 0
    for set in 0..<full where cost[set] != unreached {
      var rest = (full - 1) & ~set
      while rest != 0 {
        let next = rest.trailingZeroBitCount
        rest &= rest - 1
        let total = cost[set] + Int32((outMask[next] & UInt32(set)).nonzeroBitCount)
        if total < cost[set | 1 << next] { cost[set | 1 << next] = total }
      }
    }
    var position = [Int](repeating: 0, count: count)
    var set = full - 1
    var place = count
    while set != 0 {
      place -= 1
      for last in 0..<count where set & (1 << last) != 0 {
        let before = set & ~(1 << last)
        if cost[before] + Int32((outMask[last] & UInt32(before)).nonzeroBitCount) == cost[set] {
          position[last] = place
          set = before
          break
        }
      }
    }
    return position
  }

  /// A position for each member from the Eades–Lin–Smyth greedy ordering: sinks go last,
  /// sources first, otherwise the member with most more outgoing than incoming links goes next;
  /// O(k + e) with lazily updated buckets.
  func eadesLinSmythOrdering() -> [Int] {
    let count = memberCount
    var incoming = [[Int]](repeating: [], count: count)
    var outDegree = [Int](repeating: 0, count: count)
    var inDegree = [Int](repeating: 0, count: count)
    for link in links where link.from != link.to {
      incoming[link.to].append(link.from)
      outDegree[link.from] += 1
      inDegree[link.to] += 1
    }
    let shift = count
    var buckets = [[Int]](repeating: [], count: 2 * count + 1)
    var highest = 0
    var sinks: [Int] = []
    var sources: [Int] = []
    for member in 0..<count {
      buckets[outDegree[member] - inDegree[member] + shift].append(member)
      highest = max(highest, outDegree[member] - inDegree[member] + shift)
      if outDegree[member] == 0 {
        sinks.append(member)
      } else if inDegree[member] == 0 {
        sources.append(member)
      }
    }
    var removed = [Bool](repeating: false, count: count)
    var front: [Int] = []
    var back: [Int] = []

    func remove(_ member: Int) {
      removed[member] = true
      for offset in outgoing(member) {
        let target = links[offset].to
        if target == member || removed[target] { continue }
        inDegree[target] -= 1
        let bucket = outDegree[target] - inDegree[target] + shift
        buckets[bucket].append(target)
        highest = max(highest, bucket)
        if inDegree[target] == 0 { sources.append(target) }
      }
      for source in incoming[member] where !removed[source] {
        outDegree[source] -= 1
        buckets[outDegree[source] - inDegree[source] + shift].append(source)
        if outDegree[source] == 0 { sinks.append(source) }
      }
    }

    var remaining = count
    while remaining > 0 {
      if let sink = sinks.popLast() {
        // Entries are stale once their member is gone or has gained degree elsewhere.
        if !removed[sink] && outDegree[sink] == 0 {
          remove(sink)
          back.append(sink)
          remaining -= 1
        }
        continue
      }
      if let source = sources.popLast() {
        if !removed[source] && inDegree[source] == 0 {
          remove(source)
          front.append(source)
          remaining -= 1
        }
        continue
      }
      while true {
        guard let candidate = buckets[highest].popLast() else {
          highest -= 1
          continue
        }
        if removed[candidate] || outDegree[candidate] - inDegree[candidate] + shift != highest {
          continue
        }
        remove(candidate)
        front.append(candidate)
        remaining -= 1
        break
      }
    }
    var position = [Int](repeating: 0, count: count)
    for (place, member) in (front + back.reversed()).enumerated() { position[member] = place }
    return position
  }

  /// `removed` less the links that can be put back without closing a loop, tried in order
  /// while the total search work stays under a fixed budget, so large components stay fast.
  func restoringUnneededLinks(removed: [Int], kept: [Int]) -> [Int] {
    var adjacency = [[Int]](repeating: [], count: memberCount)
    for offset in kept { adjacency[links[offset].from].append(links[offset].to) }
    var budget = 20_000_000
    var stillRemoved: [Int] = []
    var seenStamp = [Int](repeating: 0, count: memberCount)
    var stamp = 0
    var stack: [Int] = []
    for offset in removed {
      let link = links[offset]
      guard link.from != link.to, budget > 0 else {
        stillRemoved.append(offset)
        continue
      }
      // The link from -> to closes a loop exactly when `to` already reaches `from`.
      stamp += 1
      stack = [link.to]
      seenStamp[link.to] = stamp
      var closesLoop = false
      var exhausted = false
      search: while let current = stack.popLast() {
        budget -= 1 + adjacency[current].count
        if budget < 0 {
          exhausted = true
          break
        }
        for next in adjacency[current] where seenStamp[next] != stamp {
          if next == link.from {
            closesLoop = true
            break search
          }
          seenStamp[next] = stamp
          stack.append(next)
        }
      }
      // A search cut short proves nothing, so the link stays removed.
      if closesLoop || exhausted {
        stillRemoved.append(offset)
      } else {
        adjacency[link.from].append(link.to)
      }
    }
    return stillRemoved
  }
}
