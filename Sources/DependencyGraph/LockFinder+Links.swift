import RegistryModel
import SemVer

extension LockFinder {
  /// What a `sunset-passed` finding is about: a deprecated service, or one of its versions.
  struct SunsetSubject: Hashable {
    let vertex: Int
    let version: Int?
  }

  /// The links that ask the same range of the same service, which share their resolution and
  /// their messages' tails.
  private struct RangeGroups {
    /// For each edge, its group; -1 for links from retired services, which are not checked.
    var groupOfEdge: [Int32]
    /// For each edge, whether it is sure to have no finding (or is not checked), so that the
    /// last pass skips it without looking further.
    var cleanEdge: [Bool]
    var resolution: [RangeResolution] = []
    var target: [Int32] = []
    var range: [Int32] = []
    /// Tails already written, by group and kind.
    var tails: [Int: String] = [:]
  }

  /// The findings about single links and the `sunset-passed` findings they add up to; O(E)
  /// plus one range test per distinct range asked of each service, a few versions each.
  ///
  /// Three passes keep memory access mostly sequential, which is what makes a million links
  /// fast: ranges are numbered by their text in link order; each service then resolves the
  /// distinct ranges asked of it, once each; the findings are then written in link order.
  static func addLinkFindings(
    in graph: DependencyGraph, today: CalendarDate, to findings: inout FindingGroups
  ) {
    let checked = graph.lifecycles.map { $0 != .retired }
    let (rangeIDs, ranges) = numberRanges(in: graph, checked: checked)
    var groups = resolveRanges(
      in: graph, checked: checked, rangeIDs: rangeIDs, ranges: ranges, today: today,
      to: &findings)
    var missing = graph.missingTargets[...]
    graph.services.withUnsafeBufferPointer { services in
      for vertex in services.indices {
        while let next = missing.first, next.source == vertex {
          findings.add(missingTargetFinding(next, graph))
          missing.removeFirst()
        }
        guard checked[vertex] else { continue }
        let lifecycle = graph.lifecycles[vertex]
        for edge in Int(graph.forwardOffsets[vertex])..<Int(graph.forwardOffsets[vertex + 1])
        where !groups.cleanEdge[edge] {
          let group = Int(groups.groupOfEdge[edge])
          let resolution = groups.resolution[group]
          let target = Int(groups.target[group])
          let range = ranges[Int(groups.range[group])]
          let found = linkFindings(
            lifecycle, graph.lifecycles[target], services[target].versions, range, resolution)
          for (code, kind) in [found.first, found.second].compactMap({ $0 }) {
            let key = group * 4 + kind.ordinal
            let tail: String
            if let known = groups.tails[key] {
              tail = known
            } else {
              tail = LockFinder.tail(
                kind, target: services[target], range: range, resolution: resolution)
              groups.tails[key] = tail
            }
            let source = services[vertex].id
            let targetID = services[target].id
            let message = LockFinder.withoutAdviceToUseItself(
              tail, source: source, target: services[target])
            findings.add(
              Finding(
                code: code, services: [source, targetID], message: source.rawValue + message,
                link: LinkEnds(from: source, to: targetID)))
          }
        }
      }
    }
    for remaining in missing { findings.add(missingTargetFinding(remaining, graph)) }
  }

  /// The findings on one link from a service that is `lifecycle`: at most one of
  /// `retired-dependency`, `unsatisfiable` and `deprecated-dependency`, and `pinned-behind`
  /// on a link without errors.
  private static func linkFindings(
    _ lifecycle: Lifecycle, _ targetLifecycle: Lifecycle, _ versions: [ServiceVersion],
    _ range: VersionRange, _ resolution: RangeResolution
  ) -> (first: (FindingCode, LinkTail)?, second: (FindingCode, LinkTail)?) {
    let selectsOnlyRetired = resolution.newestMatch != nil && resolution.resolved == nil
    if lifecycle == .active && (targetLifecycle == .retired || selectsOnlyRetired) {
      return ((.retiredDependency, .retired), nil)
    }
    guard let resolved = resolution.resolved else {
      guard !versions.isEmpty || !RangeResolution.allowsAnyVersion(range) else {
        return (nil, nil)
      }
      return ((.unsatisfiable, .unsatisfiable), nil)
    }
    let deprecated =
      lifecycle == .active
      && (targetLifecycle == .deprecated || versions[resolved].lifecycle == .deprecated)
    let pinned =
      !resolution.includesNewestActive && versions.contains { $0.lifecycle == .active }
    return (
      deprecated ? (.deprecatedDependency, .deprecated) : nil,
      pinned ? (.pinnedBehind, .pinned) : nil
    )
  }

  /// A number for each edge's range, the same for ranges with the same text and options, and
  /// each distinct range; links from retired services get -1. O(E) hashes of short texts.
  private static func numberRanges(in graph: DependencyGraph, checked: [Bool])
    -> (rangeIDs: [Int32], ranges: [VersionRange])
  {
    var rangeIDs = [Int32](repeating: -1, count: graph.edgeCount)
    var ranges: [VersionRange] = []
    var numbers = TextNumbers()
    var prereleaseNumbers = TextNumbers()
    graph.services.withUnsafeBufferPointer { services in
      for vertex in services.indices where checked[vertex] {
        services[vertex].links.withUnsafeBufferPointer { links in
          for edge in Int(graph.forwardOffsets[vertex])..<Int(graph.forwardOffsets[vertex + 1]) {
            let link = Int(graph.edgeLinkIndices[edge])
            // Text and options determine a range, and texts hash far faster than parsed ranges.
            let text = links[link].range.source
            let prerelease = links[link].range.includePrerelease
            let number =
              prerelease
              ? prereleaseNumbers.number(of: text, next: Int32(ranges.count))
              : numbers.number(of: text, next: Int32(ranges.count))
            if Int(number) == ranges.count { ranges.append(links[link].range) }
            rangeIDs[edge] = number
          }
        }
      }
    }
    return (rangeIDs, ranges)
  }

  /// Groups the edges by target and range and resolves each group's range, so that each
  /// distinct range asked of a service is tested once; adds the `sunset-passed` findings on
  /// the way, since they need the same walk over each service's dependents.
  private static func resolveRanges(
    in graph: DependencyGraph, checked: [Bool], rangeIDs: [Int32], ranges: [VersionRange],
    today: CalendarDate, to findings: inout FindingGroups
  ) -> RangeGroups {
    var groups = RangeGroups(
      groupOfEdge: [Int32](repeating: -1, count: graph.edgeCount),
      cleanEdge: [Bool](repeating: true, count: graph.edgeCount))
    var known: [(range: Int32, group: Int32)] = []
    var versionDependents: [Int: [Int]] = [:]
    var serviceDependents: [Int] = []
    graph.services.withUnsafeBufferPointer { services in
      for target in services.indices {
        let incoming = Int(graph.reverseOffsets[target])..<Int(graph.reverseOffsets[target + 1])
        guard !incoming.isEmpty else { continue }
        known.removeAll(keepingCapacity: true)
        let versions = services[target].versions
        let newestActive = versions.firstIndex { $0.lifecycle == .active }
        let live = services[target].lifecycle.isLive
        let serviceSunsetPassed =
          services[target].lifecycle == .deprecated
          && services[target].deprecation?.sunset.map { $0 < today } == true
        // Most services have no deprecated version, and then need no list.
        let versionSunsetPassed =
          versions.contains { $0.lifecycle == .deprecated }
          ? versions.map { version in
            version.lifecycle == .deprecated
              && version.deprecation?.sunset.map { $0 < today } == true
          } : []
        serviceDependents.removeAll(keepingCapacity: true)
        versionDependents.removeAll(keepingCapacity: true)
        // Dependents come in source order, so each list of them is already sorted.
        for position in incoming {
          let edge = Int(graph.reverseEdges[position])
          let source = Int(graph.edgeSources[edge])
          guard checked[source] else { continue }
          let rangeID = rangeIDs[edge]
          let group: Int32
          // A short list beats hashing: one service is asked for few distinct ranges.
          if let hit = known.first(where: { $0.range == rangeID }) {
            group = hit.group
          } else {
            var resolution = RangeResolution(
              range: ranges[Int(rangeID)], versions: versions, newestActive: newestActive)
            resolution.isClean =
              live && (newestActive == nil || resolution.includesNewestActive)
              && resolution.resolved.map { versions[$0].lifecycle != .deprecated } == true
            group = Int32(groups.resolution.count)
            groups.resolution.append(resolution)
            groups.target.append(Int32(target))
            groups.range.append(rangeID)
            if known.count < 16 { known.append((rangeID, group)) }
          }
          groups.groupOfEdge[edge] = group
          groups.cleanEdge[edge] = groups.resolution[Int(group)].isClean
          if serviceSunsetPassed {
            serviceDependents.append(source)
          } else if !versionSunsetPassed.isEmpty,
            let resolved = groups.resolution[Int(group)].resolved, versionSunsetPassed[resolved]
          {
            versionDependents[resolved, default: []].append(source)
          }
        }
        if !serviceDependents.isEmpty {
          findings.add(
            sunsetFinding(
              SunsetSubject(vertex: target, version: nil), dependents: serviceDependents,
              graph: graph))
        }
        for (version, dependents) in versionDependents.sorted(by: { $0.key < $1.key }) {
          findings.add(
            sunsetFinding(
              SunsetSubject(vertex: target, version: version), dependents: dependents,
              graph: graph))
        }
      }
    }
    return groups
  }
}
