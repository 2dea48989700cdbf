import DependencyGraph
import RegistryModel

extension DependencyTree: CommandOutcome {
  /// How many levels of a tree are drawn in full; deeper rows show their depth and the last
  /// `drawnTail` levels, so that a tree's text stays linear in its rows.
  static let drawnDepth = 48
  /// How many of the innermost levels a deeper row still draws.
  static let drawnTail = 8

  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    let followedBySibling = DependencyTree.siblingsFollow(rows.map(\.depth))
    // Whether each depth still has siblings to come, for drawing the tree's branches: each
    // line's branches come from this running prefix rather than being rebuilt.
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
        if ancestors.count > DependencyTree.drawnDepth {
          line += style.dim("[\(row.depth)] ")
          for isOpen in ancestors.suffix(DependencyTree.drawnTail) {
            line += isOpen ? "│   " : "    "
          }
        } else {
          for isOpen in ancestors { line += isOpen ? "│   " : "    " }
        }
        line += hasNextSibling ? "├── " : "└── "
        open[row.depth - 1] = hasNextSibling
      }
      line += style.id(service.id.rawValue)
      if let edge = row.via {
        let link = graph.link(of: edge)
        if link.range.source != "*" {
          line += " "
          line += link.range.source
        }
        if let kind = link.kind {
          line += " ("
          line += kind.rawValue
          line += ")"
        }
        switch link.resolution(in: graph.service(at: edge.target)) {
        case .version(let version):
          line += " → "
          line += version.description
        case .noVersionMatches: line += style.error(" → no version matches")
        case .unversioned: break
        }
      }
      if service.lifecycle != .active { line += " [\(style.lifecycle(service.lifecycle))]" }
      if row.alreadyShown { line += style.dim(" (shown above)") }
      if row.cutOffByDepth { line += style.dim(" …") }
      try output.line(line)
    }
    if rows.count == 1 && unresolved.isEmpty {
      output.write(
        style.dim(reverse ? "nothing depends on \(root)\n" : "\(root) depends on nothing\n"))
    }
    // The counts a reader would otherwise have to tally: the tree shows each service once
    // expanded, but may list it on several rows.
    if rows.count > 1 {
      let (direct, total) = (direct, total)
      let services = "\(total) service\(total == 1 ? "" : "s")"
      let reach = depth.map { ", within \($0) level\($0 == 1 ? "" : "s")" } ?? ""
      output.write(
        style.dim(
          reverse
            ? "\(services) depend\(total == 1 ? "s" : "") on \(root) (\(direct) directly\(reach))\n"
            : "\(root) depends on \(services) (\(direct) directly\(reach))\n"))
    }
    if !unresolved.isEmpty {
      output.write("links to services that cannot be shown:\n")
      for item in unresolved {
        let range = item.link.range.source == "*" ? "" : " \(item.link.range.source)"
        output.write("  \(style.id(item.from.rawValue)) → \(item.link.target)\(range): ")
        output.write(style.error(item.reason) + "\n")
      }
    }
  }

  var json: JSONValue {
    let tree = rows.map { row -> JSONValue in
      let service = graph.service(at: row.vertex)
      var via: JSONValue = .null
      var satisfiedBy: JSONValue = .null
      if let edge = row.via {
        let link = graph.link(of: edge)
        satisfiedBy = .optional(
          link.resolution(in: graph.service(at: edge.target)).version?.description)
        via = .object([
          ("from", .string(graph.id(at: edge.source).rawValue)),
          ("to", .string(graph.id(at: edge.target).rawValue)),
          ("range", .string(link.range.source)), ("kind", .optional(link.kind?.rawValue)),
        ])
      }
      return .object([
        ("id", .string(service.id.rawValue)), ("depth", .int(row.depth)), ("via", via),
        ("satisfiedBy", satisfiedBy), ("lifecycle", .string(service.lifecycle.rawValue)),
        ("alreadyShown", .bool(row.alreadyShown)), ("cutOff", .bool(row.cutOffByDepth)),
      ])
    }
    return .object([
      ("root", .string(root.rawValue)), ("reverse", .bool(reverse)), ("tree", .array(tree)),
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
    ])
  }

  /// For each row of a pre-order tree given by its depths, whether a later row at the same
  /// depth follows before the tree climbs above it: one backward pass, O(rows).
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
}

extension DependencyPath: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    guard let hops else {
      output.write(
        "\(from) does not depend on \(to), directly or indirectly"
          + (reverseExists ? "; but \(to) depends on \(from) (see 'why \(to) \(from)')" : "")
          + "\n")
      return
    }
    output.write(hops.isEmpty ? "\(from) is \(to)\n" : "\(style.id(from.rawValue))\n")
    for hop in hops {
      var text = "  -> \(style.id(hop.to.rawValue))"
      text += " asks \(hop.link.range.source == "*" ? "any version" : hop.link.range.source)"
      if let resolved = hop.resolved { text += ", satisfied by \(resolved)" }
      if let kind = hop.link.kind { text += " (\(kind))" }
      output.write(text + "\n")
    }
    output.write(style.dim("\(hops.count) hop\(hops.count == 1 ? "" : "s")") + "\n")
  }

  var json: JSONValue {
    .object([
      ("from", .string(from.rawValue)), ("to", .string(to.rawValue)),
      (
        "path",
        hops.map { hops in
          .array(
            hops.map { hop in
              .object([
                ("from", .string(hop.from.rawValue)), ("to", .string(hop.to.rawValue)),
                ("range", .string(hop.link.range.source)),
                ("kind", .optional(hop.link.kind?.rawValue)),
                ("satisfiedBy", .optional(hop.resolved?.description)),
              ])
            })
        } ?? .null
      ),
    ])
  }
}

extension FindingsReport: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    if sarif != nil || forcesJSON {
      output.write(json.text + "\n")
      return
    }
    let style = output.style
    for finding in findings {
      let mark = finding.severity == .error ? style.error("error") : style.warning("warning")
      let width = output.width
      func line(_ text: String, indent: Int) -> String {
        TextWrap.wrap(text, width: width, indent: indent) + "\n"
      }
      var text = line("\(mark) [\(finding.code)] \(finding.message)", indent: 4)
      if let loop = finding.loop, finding.code == .cycle {
        text += line("    loop: \(loop.map(\.rawValue).joined(separator: " -> "))", indent: 10)
        if finding.services.count > loop.count - 1 {
          text += line(
            "    component: \(finding.services.map(\.rawValue).joined(separator: ", "))",
            indent: 15)
        }
        if !finding.breakingLinks.isEmpty {
          text += line(
            "    remove to break every loop: "
              + finding.breakingLinks.map(\.description).joined(separator: ", "), indent: 8)
        }
      }
      output.write(text)
    }
    let (errors, warnings) = (errors, warnings)
    var summary =
      findings.isEmpty
      ? style.ok("no \(title)")
      : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    if let since {
      if !findings.isEmpty { summary += " introduced since \(since)" }
      summary += "; \(resolved.count) resolved"
    }
    output.write(summary + "\n")
  }

  var json: JSONValue {
    if let sarif { return sarifLog(sarif) }
    var pairs: [(String, JSONValue)] = [
      ("findings", .array(findings.map(JSONValue.finding))),
      ("errors", .int(errors)), ("warnings", .int(warnings)),
    ]
    if let since {
      pairs.append(("since", .string(since)))
      pairs.append(("resolved", .array(resolved.map(JSONValue.finding))))
    }
    return .object(pairs)
  }

  var exitStatus: Int32 { errors > 0 || (strict && warnings > 0) ? 1 : 0 }
}

extension JSONValue {
  /// A finding: its code, severity, services and message, and a cycle's loop and cuts.
  static func finding(_ finding: Finding) -> JSONValue {
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
}
