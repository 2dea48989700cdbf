import Dispatch
import RegistryModel

/// Writes a component up for people: its services and units, a label (the phrase most of its
/// names use, acronyms spelled out) and the evidence, strongest first. Labels and shared words
/// are drawn from at most `sample` members, so a huge cluster costs what a big one does.
struct ClusterDescriber {
  let profiles: ServiceProfiles

  /// How many members at most are read for the label and the shared words.
  static let sample = 200
  /// How many items each kind of evidence lists at most.
  static let listed = 5

  /// The clusters of `components`, in order, with their ranks; many are described in two
  /// halves at once.
  func describe(_ components: [ClusterAssembler.Component]) -> [(DuplicateCluster, ClusterRank)] {
    let count = components.count < 1_000 ? 1 : 2
    let bounds = (0...count).map { $0 * components.count / count }
    let slots = ParallelSlots<[(DuplicateCluster, ClusterRank)]>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { part in
      slots.store(components[bounds[part]..<bounds[part + 1]].map(describe), at: part)
    }
    return slots.release().flatMap { $0 }
  }

  /// The cluster of `component`, with its rank.
  func describe(_ component: ClusterAssembler.Component) -> (DuplicateCluster, ClusterRank) {
    let members = component.members.map(Int.init)
    let sampled = Array(members.prefix(ClusterDescriber.sample))
    let unitIndices = ClusterDescriber.counted(members.map { profiles.units[$0] }).map(\.value)
    let units = unitIndices.map { profiles.owners.paths[Int($0)] }
    var evidence: [Evidence] = []
    evidence += repeatedKeys(members, profiles.urlKeys).map {
      .sameURL(profiles.urls.text(Int($0)))
    }
    evidence += repeatedKeys(members, profiles.descriptionKeys).map {
      .sameDescription(profiles.descriptionTexts.text(Int($0)))
    }
    evidence += repeatedKeys(members, profiles.nameKeys).map {
      let key = profiles.names.text(Int($0))
      let name = key.split(separator: "|", maxSplits: 1).last.map(String.init) ?? key
      return .sameNormalisedName(name.trimmingSpaces)
    }
    let shared = common(sampled, profiles.cores.members, profiles.table)
    evidence += acronyms(sampled)
    evidence += translations(sampled, shared: Set(shared))
    if !shared.isEmpty { evidence.append(.sharedWords(shared)) }
    let tags = common(sampled, profiles.tagNames.members, profiles.keys)
    if !tags.isEmpty { evidence.append(.sharedTags(tags)) }
    let words = common(sampled, profiles.descriptions.members, profiles.table)
    if !words.isEmpty { evidence.append(.sharedDescriptionWords(words)) }
    let cluster = DuplicateCluster(
      services: members.map { profiles.ids[$0] }, units: units,
      score: (component.score * 1000).rounded() / 1000, certain: component.certain,
      evidence: evidence, label: label(sampled))
    return (cluster, rank(members, unitIndices, cluster))
  }

  /// The cluster's size as an opportunity: its peers (units of its commonest kind) and the
  /// names their services go by.
  private func rank(_ members: [Int], _ units: [Int32], _ cluster: DuplicateCluster)
    -> ClusterRank
  {
    let groups = profiles.owners.peerGroups
    var peers: [String: Int] = [:]
    for unit in units { peers[groups[Int(unit)], default: 0] += 1 }
    let (group, count) = peers.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }!
    let names = ClusterDescriber.counted(
      members.filter { groups[Int(profiles.units[$0])] == group }.map { profiles.stemKeys[$0] })
    return ClusterRank(
      peerUnits: count, names: names.count, services: members.count, score: cluster.score,
      first: cluster.services[0].rawValue)
  }

  /// The phrase most members' names come to, ties to the shorter, then the first in order.
  private func label(_ members: [Int]) -> String {
    // Phrases are counted by a hash of their words, so that no member's phrase is copied.
    var keyed: [(hash: UInt64, member: Int)] = []
    for member in members where !profiles.phrases.isEmpty(member) {
      keyed.append((ClusterDescriber.hash(profiles.phrases.members(member)), member))
    }
    keyed.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.member < $1.member }
    var best: (text: String, count: Int)?
    var start = 0
    while start < keyed.count {
      var end = start + 1
      while end < keyed.count && keyed[end].hash == keyed[start].hash { end += 1 }
      let count = end - start
      if count >= best?.count ?? 0 {
        let text = profiles.phrases.members(keyed[start].member).map(profiles.table.text)
          .joined(separator: " ")
        if best.map({ ClusterDescriber.beats(text, count, $0) }) ?? true { best = (text, count) }
      }
      start = end
    }
    return best?.text ?? profiles.ids[members[0]].rawValue
  }

  private static func hash(_ words: ArraySlice<Int32>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words { hash = (hash ^ UInt64(UInt32(bitPattern: word))) &* 0x100_0000_01b3 }
    return hash
  }

  /// Whether a phrase used `count` times makes a better label than `current`.
  private static func beats(_ text: String, _ count: Int, _ current: (text: String, count: Int))
    -> Bool
  {
    if count != current.count { return count > current.count }
    if text.count != current.text.count { return text.count < current.text.count }
    return text < current.text
  }

  private func repeatedKeys(_ members: [Int], _ keys: [Int32]) -> [Int32] {
    // Two members share a key only if one of them is not the first with it: usually none is.
    guard members.contains(where: { keys[$0] >= 0 && keys[$0] != Int32($0) }) else { return [] }
    let present = members.map { keys[$0] }.filter { $0 >= 0 }
    return ClusterDescriber.counted(present).filter { $0.count > 1 }.map(\.value).sorted()
      .prefix(ClusterDescriber.listed).map { $0 }
  }

  /// The words at least half the members (and two) have, most frequent first, ties in the
  /// order of their text.
  private func common(
    _ members: [Int], _ words: (Int) -> ArraySlice<Int32>, _ table: TokenTable
  ) -> [String] {
    var all: [Int32] = []
    for member in members { all.append(contentsOf: words(member)) }
    let needed = max(2, (members.count + 1) / 2)
    var found: [(text: String, count: Int)] = []
    for (value, count) in ClusterDescriber.counted(all) where count >= needed {
      found.append((table.text(value), count))
    }
    found.sort { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
    return found.prefix(ClusterDescriber.listed).map(\.text)
  }

  /// Each distinct value with how often it occurs, by sorting rather than hashing: describing
  /// tens of thousands of small clusters allocates no dictionaries.
  private static func counted<Value: Comparable>(_ values: [Value]) -> [(value: Value, count: Int)]
  {
    var counts: [(value: Value, count: Int)] = []
    for value in values.sorted() {
      if counts.last?.value == value {
        counts[counts.count - 1].count += 1
      } else {
        counts.append((value, 1))
      }
    }
    return counts
  }

  private func acronyms(_ members: [Int]) -> [Evidence] {
    var counts: [EvidenceEvent: (count: Int, first: Int)] = [:]
    var order = 0
    for member in members {
      for event in profiles.events(of: member) where event.kind == .acronym {
        if let seen = counts[event] {
          counts[event] = (seen.count + 1, seen.first)
        } else {
          counts[event] = (1, order)
          order += 1
        }
      }
    }
    var listed: [Evidence] = []
    for (event, _) in counts.sorted(by: {
      $0.value.count != $1.value.count
        ? $0.value.count > $1.value.count : $0.value.first < $1.value.first
    }) {
      var acronym = profiles.table.text(event.word).uppercased()
      if event.secondWord >= 0 {
        acronym += "-" + profiles.table.text(event.secondWord).uppercased()
      }
      let words = profiles.acronyms.expansions[Int(event.value)].words
      let evidence = Evidence.acronym(
        acronym, expansion: words.map(profiles.table.text).joined(separator: " "))
      if !listed.contains(evidence) { listed.append(evidence) }
      if listed.count == 3 { break }
    }
    return listed
  }

  private func translations(_ members: [Int], shared: Set<String>) -> [Evidence] {
    var pairs: [Int64] = []
    for member in members {
      for event in profiles.events(of: member)
      where event.kind == .translation && shared.contains(profiles.table.text(event.value)) {
        pairs.append(Int64(event.word) << 32 | Int64(event.value))
      }
    }
    var found: [(from: String, to: String, count: Int)] = []
    for (pair, count) in ClusterDescriber.counted(pairs) {
      let from = profiles.table.text(Int32(pair >> 32))
      found.append((from, profiles.table.text(Int32(pair & 0xFFFF_FFFF)), count))
    }
    found.sort { $0.count != $1.count ? $0.count > $1.count : $0.from < $1.from }
    return found.prefix(3).map { .translated($0.from, to: $0.to) }
  }
}

extension String {
  /// The string without spaces at either end.
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
