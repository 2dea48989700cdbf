import RegistryModel
import SemVer

/// Reading the links file: each service it or the services file names gets exactly the links
/// listed for it.
extension InventoryImporter {
  func readLinks(_ document: InventoryDocument, into state: inout PlanState, plan: inout ImportPlan)
  {
    func report(_ line: Int, _ message: String) {
      plan.errors.append(ImportIssue(file: document.name, line: line, message: message))
    }
    let mapped: MappedTable<LinkColumn>
    do {
      mapped = try mappedTable(
        document, overrides: options.overrides.links, isUsable: { $0.has(.from) && $0.has(.to) },
        missing: { header in
          "a links file needs 'from' and 'to' columns (the columns are "
            + header.map { "'\($0)'" }.joined(separator: ", ")
            + "), or choose them with --map from=COLUMN --map to=COLUMN"
        })
    } catch {
      return report(error.line, error.message)
    }
    let (table, map) = (mapped.table, mapped.map)
    plan.note(mapped.source)
    plan.columns += map.uses
    var ranges: [String: VersionRange] = [:]
    // Each service's links with the line of each, to find a link listed twice afterwards.
    var grouped: [ServiceID: (links: [Link], lines: [Int])] = [:]
    // Links files list a service's links together, so its checks run once per service.
    var checkedFrom: ServiceID?
    for record in table.records where record.cells.contains(where: { !$0.isEmpty }) {
      plan.linkRows += 1
      do throws(CellError) {
        let from = try Self.id(map.cell(.from, of: record) ?? "", column: "from")
        let to = try Self.id(map.cell(.to, of: record) ?? "", column: "to")
        if state.skipped.contains(from) || state.skipped.contains(to) {
          plan.warnings.append(
            ImportIssue(
              file: document.name, line: record.line, severity: .warning,
              message: "skipped: the link \(from) -> \(to) names a skipped service"))
          continue
        }
        if state.failed.contains(from) || state.failed.contains(to) { continue }
        if from != checkedFrom {
          if options.brokenServices.contains(from) {
            throw CellError("service '\(from)' has a file that does not parse; repair it first")
          }
          guard state.exists(from) else {
            throw CellError("no service '\(from)' in the registry or in the services file")
          }
          checkedFrom = from
        }
        if !state.exists(to) {
          // Kept, as the registry keeps such links: 'check' reports them as missing targets.
          plan.warnings.append(
            ImportIssue(
              file: document.name, line: record.line, severity: .warning,
              message: "'\(to)' is not registered; the link \(from) -> \(to) is kept and "
                + "'check' reports it as a missing target"))
        }
        var range = VersionRange.any
        if let text = map.cell(.range, of: record), !text.isEmpty {
          if let known = ranges[text] {
            range = known
          } else {
            do {
              range = try VersionRange(parsing: text)
              // Text SemVer reads as blank (a byte-order mark, say) means what an empty cell
              // means; kept as an empty source it would export as an empty cell and come back
              // as `*`, another link.
              if range.source.isEmpty { range = .any }
            } catch {
              throw CellError("range: \(error.description); ranges use npm's grammar: ^1.2, ~1.2.3")
            }
            ranges[text] = range
          }
        }
        var kind: Kind?
        if let text = map.cell(.kind, of: record), !text.isEmpty {
          guard let word = InventoryWords.linkKind(text) else {
            throw CellError("kind: '\(text)' has no letters or digits to make a kind of")
          }
          kind = word
        }
        let note = map.cell(.note, of: record, trim: false).flatMap {
          $0.allSatisfy(\.isWhitespace) ? nil : $0
        }
        grouped[from, default: ([], [])].links.append(
          Link(to: to, range: range, kind: kind, note: note))
        grouped[from]!.lines.append(record.line)
      } catch {
        report(record.line, error.message)
      }
    }
    for (from, group) in grouped {
      // Sorted by target, a link listed twice sits next to its twin.
      let order = group.links.indices.sorted {
        (group.links[$0].target, group.lines[$0]) < (group.links[$1].target, group.lines[$1])
      }
      var twins: Set<Int> = []
      var first = order.first ?? 0
      for (previous, current) in zip(order, order.dropFirst()) {
        guard group.links[previous].target == group.links[current].target else {
          first = current
          continue
        }
        twins.insert(current)
        report(
          group.lines[current],
          "the link \(from) -> \(group.links[current].target) is also on line "
            + "\(group.lines[first])")
      }
      if !twins.isEmpty {
        grouped[from] = (
          group.links.indices.filter { !twins.contains($0) }.map { group.links[$0] },
          group.lines.indices.filter { !twins.contains($0) }.map { group.lines[$0] }
        )
      }
    }
    for id in Set(state.rowIDs).union(grouped.keys) {
      guard var service = state.planned[id]?.service ?? state.registry.services[id] else {
        continue
      }
      let group = grouped[id]
      service.links = group?.links ?? []
      state.planned[id] = (state.planned[id]?.line ?? group?.lines.first ?? 0, service)
    }
  }

  private static func id(_ text: String, column: String) throws(CellError) -> ServiceID {
    guard !text.isEmpty else { throw CellError("\(column) is empty") }
    do {
      return try ServiceID(validating: text)
    } catch {
      throw CellError("\(column): \(error.description)")
    }
  }
}
