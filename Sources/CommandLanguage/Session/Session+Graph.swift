import DependencyGraph
import DuplicateDetection
import Foundation
import RegistryModel
import RegistryStore
import SemVer

/// A graph with the generation of the registry it was built from, so that it is rebuilt only
/// after a change (comparing registries instead would cost as much as rebuilding).
struct GraphCache {
  var generation: Int
  var graph: DependencyGraph
}

/// The dependency queries and checks: deps, rdeps, why, locks, check.
extension Session {
  /// The graph of the registry as commands see it now, built anew when the registry changed.
  mutating func currentGraph() -> DependencyGraph {
    if let cached = graphCache, cached.generation == generation { return cached.graph }
    let graph = DependencyGraph(registrySnapshot)
    graphCache = GraphCache(generation: generation, graph: graph)
    return graph
  }

  /// How many levels of a dependency tree are drawn in full; deeper rows show their depth and
  /// the last `drawnTreeTail` levels, so that a tree's text stays linear in its rows.
  static let drawnTreeDepth = 48
  /// How many of the innermost levels a deeper row still draws.
  static let drawnTreeTail = 8

  /// Today in UTC, for sunset dates, unless the options fix it (`SVCREG_TODAY`).
  var today: CalendarDate {
    if let fixed = options.today { return fixed }
    let stamp = Journal.timestamp()
    return (try? CalendarDate(validating: stamp.prefix(10)))
      ?? (try! CalendarDate(validating: "2000-01-01"))
  }

  mutating func dependencies(_ invocation: Invocation, reverse: Bool) throws(CommandError) -> Reply
  {
    _ = try openStore()
    let id = try parseID(invocation.arguments[0])
    let depth = try invocation.value("depth").map { (text) throws(CommandError) -> Int in
      guard let value = Int(text), value >= 0 else {
        throw .usage(
          "--depth needs a whole number of 0 or more", column: 0, command: invocation.command.name)
      }
      return value
    }
    let graph = currentGraph()
    guard let root = graph.index(of: id) else { throw .model(.unknownService(id)) }
    let rows = graph.dependencyTree(of: root, depth: depth, reverse: reverse)
    // Trees of a hub run to hundreds of thousands of lines: the JSON is built only when asked
    // for, and each line's branches are drawn from a running prefix rather than rebuilt.
    let wantsJSON = options.json || invocation.has("json")
    var text = ""
    var json: [JSONValue] = []
    let followedBySibling = Session.siblingsFollow(rows.map(\.depth))
    // Whether each depth still has siblings to come, for drawing the tree's branches.
    var open: [Bool] = []
    var line = ""
    for (index, row) in rows.enumerated() {
      let hasNextSibling = followedBySibling[index]
      let service = graph.service(at: row.vertex)
      line.removeAll(keepingCapacity: true)
      if row.depth > 0 {
        if open.count < row.depth { open.append(false) }
        open.removeLast(open.count - row.depth)
        // Past a few dozen levels (a long chain or loop) the indent alone would be most of the
        // output, quadratic in the depth: deep rows show their depth and the last few levels.
        let ancestors = open.dropLast()
        if ancestors.count > Session.drawnTreeDepth {
          line += style.dim("[\(row.depth)] ")
          for isOpen in ancestors.suffix(Session.drawnTreeTail) { line += isOpen ? "│   " : "    " }
        } else {
          for isOpen in ancestors { line += isOpen ? "│   " : "    " }
        }
        line += hasNextSibling ? "├── " : "└── "
        open[row.depth - 1] = hasNextSibling
        if index % 4096 == 0, interruptCheck() { throw .interrupted }
      }
      line += style.id(service.id.rawValue)
      var via: JSONValue = .null
      var satisfiedBy: JSONValue = .null
      if let edge = row.via {
        let link = graph.link(of: edge)
        let target = graph.service(at: edge.target)
        if link.range.source != "*" {
          line += " "
          line += link.range.source
        }
        if let kind = link.kind {
          line += " ("
          line += kind.rawValue
          line += ")"
        }
        let best = Session.bestMatch(of: link, in: target)
        if let best {
          line += " → "
          line += best.description
        } else if !target.versions.isEmpty {
          line += style.error(" → no version matches")
        }
        if wantsJSON {
          satisfiedBy = .optional(best?.description)
          via = .object([
            ("from", .string(graph.id(at: edge.source).rawValue)),
            ("to", .string(graph.id(at: edge.target).rawValue)),
            ("range", .string(link.range.source)), ("kind", .optional(link.kind?.rawValue)),
          ])
        }
      }
      if service.lifecycle != .active { line += " [\(style.lifecycle(service.lifecycle))]" }
      if row.alreadyShown { line += style.dim(" (shown above)") }
      if row.cutOffByDepth { line += style.dim(" …") }
      text += line
      text += "\n"
      if !wantsJSON { streamIfLong(&text) }
      if wantsJSON {
        json.append(
          .object([
            ("id", .string(service.id.rawValue)), ("depth", .int(row.depth)), ("via", via),
            ("satisfiedBy", satisfiedBy), ("lifecycle", .string(service.lifecycle.rawValue)),
            ("alreadyShown", .bool(row.alreadyShown)), ("cutOff", .bool(row.cutOffByDepth)),
          ]))
      }
    }
    // Links to ids with no service (never registered, or a file that does not parse) are no
    // edges, so the tree cannot show them; they are listed after it rather than hidden.
    let unresolved = reverse ? [] : unresolvedLinks(from: rows, in: graph)
    if rows.count == 1 && unresolved.isEmpty {
      text += style.dim(reverse ? "nothing depends on \(id)\n" : "\(id) depends on nothing\n")
    }
    // The counts a reader would otherwise have to tally: the tree shows each service once
    // expanded, but may list it on several rows.
    let direct = Set(rows.lazy.filter { $0.depth == 1 }.map(\.vertex)).count
    let total = Set(rows.lazy.filter { $0.depth >= 1 && $0.vertex != root }.map(\.vertex)).count
    if rows.count > 1 {
      let services = "\(total) service\(total == 1 ? "" : "s")"
      let reach = depth.map { ", within \($0) level\($0 == 1 ? "" : "s")" } ?? ""
      text += style.dim(
        reverse
          ? "\(services) depend\(total == 1 ? "s" : "") on \(id) (\(direct) directly\(reach))\n"
          : "\(id) depends on \(services) (\(direct) directly\(reach))\n")
    }
    if !unresolved.isEmpty {
      text += "links to services that cannot be shown:\n"
      for item in unresolved {
        let range = item.link.range.source == "*" ? "" : " \(item.link.range.source)"
        text += "  \(style.id(item.from.rawValue)) → \(item.link.target)\(range): "
        text += style.error(item.reason) + "\n"
      }
    }
    return Reply(
      text: text,
      json: .object([
        ("root", .string(id.rawValue)), ("reverse", .bool(reverse)), ("tree", .array(json)),
        ("direct", .int(direct)), ("total", .int(total)),
        (
          "unresolved",
          .array(
            unresolved.map {
              .object([
                ("from", .string($0.from.rawValue)), ("to", .string($0.link.target.rawValue)),
                ("range", .string($0.link.range.source)), ("reason", .string($0.reason)),
              ])
            })
        ),
      ]))
  }

  /// The links of the services in `rows` whose target has no service, each with why:
  /// never registered, or its file does not parse. O(rows + missing targets).
  private func unresolvedLinks(from rows: [TreeRow], in graph: DependencyGraph) -> [(
    from: ServiceID, link: Link, reason: String
  )] {
    guard !graph.missingTargets.isEmpty else { return [] }
    var shown = Set<Int>()
    for row in rows where !row.alreadyShown && !row.cutOffByDepth { shown.insert(row.vertex) }
    return graph.missingTargets.filter { shown.contains($0.source) }.map { missing in
      let service = graph.service(at: missing.source)
      let reason: String
      if let broken = store?.brokenFile(for: missing.target) {
        reason = "its file \(store!.displayPath(broken.relativePath)) does not parse"
      } else {
        reason = "no such service"
      }
      return (service.id, service.links[missing.linkIndex], reason)
    }
  }

  mutating func why(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let from = try parseID(invocation.arguments[0])
    let to = try parseID(invocation.arguments[1])
    let graph = currentGraph()
    guard let source = graph.index(of: from) else { throw .model(.unknownService(from)) }
    guard let target = graph.index(of: to) else { throw .model(.unknownService(to)) }
    guard let path = graph.shortestPath(from: source, to: target) else {
      let reverse = graph.shortestPath(from: target, to: source) != nil
      let text =
        "\(from) does not depend on \(to), directly or indirectly"
        + (reverse ? "; but \(to) depends on \(from) (see 'why \(to) \(from)')" : "") + "\n"
      return Reply(
        text: text,
        json: .object([
          ("from", .string(from.rawValue)), ("to", .string(to.rawValue)), ("path", .null),
        ]))
    }
    var text = path.isEmpty ? "\(from) is \(to)\n" : "\(style.id(from.rawValue))\n"
    var hops: [JSONValue] = []
    for edge in path {
      let link = graph.link(of: edge)
      let targetService = graph.service(at: edge.target)
      let best = Session.bestMatch(of: link, in: targetService)
      text += "  -> \(style.id(targetService.id.rawValue))"
      text += " asks \(link.range.source == "*" ? "any version" : link.range.source)"
      if let best { text += ", satisfied by \(best)" }
      if let kind = link.kind { text += " (\(kind))" }
      text += "\n"
      hops.append(
        .object([
          ("from", .string(graph.id(at: edge.source).rawValue)),
          ("to", .string(targetService.id.rawValue)), ("range", .string(link.range.source)),
          ("kind", .optional(link.kind?.rawValue)), ("satisfiedBy", .optional(best?.description)),
        ]))
    }
    text += style.dim("\(path.count) hop\(path.count == 1 ? "" : "s")") + "\n"
    return Reply(
      text: text,
      json: .object([
        ("from", .string(from.rawValue)), ("to", .string(to.rawValue)), ("path", .array(hops)),
      ]))
  }

  mutating func locks(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let (registry, graph, today) = (registrySnapshot, currentGraph(), today)
    let findings = try interruptibly {
      LockFinder.findings(in: registry, graph: graph, today: today)
    }
    return report(findings, strict: false, title: "dependency locks")
  }

  mutating func check(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let (registry, graph, today) = (registrySnapshot, currentGraph(), today)
    let (locks, certain) = try interruptibly {
      let finder = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
      return (
        LockFinder.findings(in: registry, graph: graph, today: today),
        finder.certainDuplicates(in: registry)
      )
    }
    var findings = locks
    findings += certain.map { cluster in
      Finding(
        code: .duplicate, services: cluster.services,
        message: "\(cluster.services.map(\.rawValue).joined(separator: ", ")) are the same "
          + "service: \(cluster.evidence.map(\.description).joined(separator: "; ")); "
          + "keep one and retire the others")
    }
    findings += brokenFiles.map { file in
      Finding(
        code: .brokenFile, services: file.serviceID.map { [$0] } ?? [],
        message: file.error.description)
    }
    findings += (store?.linksLeavingRegistry ?? []).map { link in
      Finding(
        code: .linkOutside, services: [],
        message: "\(link.path) is a symbolic link to \(link.target), outside the registry: "
          + "svcreg reads through it but will not write there; replace it with a folder")
    }
    return report(findings, strict: invocation.has("strict"), title: "findings")
  }

  private func report(_ findings: [Finding], strict: Bool, title: String) -> Reply {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.count - errors
    var text = ""
    for finding in findings {
      let mark = finding.severity == .error ? style.error("error") : style.warning("warning")
      text += "\(mark) [\(finding.code)] \(finding.message)\n"
      if let loop = finding.loop, finding.code == .cycle {
        text += "    loop: \(loop.map(\.rawValue).joined(separator: " -> "))\n"
        if finding.services.count > loop.count - 1 {
          text += "    component: \(finding.services.map(\.rawValue).joined(separator: ", "))\n"
        }
        if !finding.breakingLinks.isEmpty {
          text +=
            "    remove to break every loop: "
            + finding.breakingLinks.map(\.description).joined(separator: ", ") + "\n"
        }
      }
    }
    text +=
      (findings.isEmpty
        ? style.ok("no \(title)")
        : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
      + "\n"
    let failed = errors > 0 || (strict && warnings > 0)
    return Reply(
      text: text,
      json: .object([
        ("findings", .array(findings.map(Session.json))),
        ("errors", .int(errors)), ("warnings", .int(warnings)),
      ]),
      exitStatus: failed ? 1 : 0)
  }

  static func json(_ finding: Finding) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("code", .string(finding.code.rawValue)), ("severity", .string(finding.severity.rawValue)),
      ("services", .array(finding.services.map { .string($0.rawValue) })),
      ("message", .string(finding.message)),
    ]
    if let loop = finding.loop { pairs.append(("loop", .array(loop.map { .string($0.rawValue) }))) }
    if !finding.breakingLinks.isEmpty {
      pairs.append(
        (
          "breakingLinks",
          .array(
            finding.breakingLinks.map {
              .object([("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))])
            })
        ))
    }
    if let link = finding.link {
      pairs.append(
        (
          "link",
          .object([("from", .string(link.from.rawValue)), ("to", .string(link.to.rawValue))])
        ))
    }
    return .object(pairs)
  }

  /// For each row of a pre-order tree given by its depths, whether a later row at the same depth
  /// follows before the tree climbs above it: one backward pass, O(rows).
  static func siblingsFollow(_ depths: [Int]) -> [Bool] {
    var result = [Bool](repeating: false, count: depths.count)
    // seen[d]: a row at depth d lies ahead with nothing shallower in between.
    var seen: [Bool] = []
    for index in depths.indices.reversed() {
      let depth = depths[index]
      if seen.count <= depth { seen += repeatElement(false, count: depth + 1 - seen.count) }
      result[index] = seen[depth]
      seen[depth] = true
      // A row at this depth ends every deeper run behind it.
      seen.removeLast(seen.count - depth - 1)
    }
    return result
  }

  /// The newest version of `target` that `link` accepts and that is not retired.
  ///
  /// A plain loop: through lazy wrappers the generic `highestMatch(in:)` is not specialised
  /// across modules, and it was a fifth of the time to print a large tree.
  static func bestMatch(of link: Link, in target: Service) -> Version? {
    var best: Version?
    for record in target.versions
    where record.lifecycle != .retired && link.range.contains(record.version) {
      if let current = best, record.version.compareByPrecedence(current) <= 0 { continue }
      best = record.version
    }
    return best
  }
}
