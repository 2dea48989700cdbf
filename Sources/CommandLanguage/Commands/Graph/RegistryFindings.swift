import DependencyGraph
import Dispatch
import DuplicateDetection
import RegistryModel
import RegistryStore

/// Every finding `check` reports for one state of a registry: locks, certain duplicates,
/// broken files and links that lead out of the registry.
struct RegistryFindings: Sendable {
  /// The findings, locks first, in the order they are listed.
  var findings: [Finding]

  /// The findings of `registry` as read by `store` (its broken files and outward links),
  /// with `graph` built from `registry`, and with `owners` the services that name no owner. O(V + E) for the locks plus the duplicate search.
  init(
    registry: Registry, graph: DependencyGraph, store: RegistryStore?, today: CalendarDate,
    owners: Bool = false, isInterrupted: () -> Bool = { false }
  ) {
    let finder = DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
    findings = LockFinder.findings(in: registry, graph: graph, today: today)
    findings += finder.certainDuplicates(in: registry).map { cluster in
      Finding(
        code: .duplicate, services: cluster.services,
        message: "\(cluster.services.map(\.rawValue).joined(separator: ", ")) are the same "
          + "service: \(cluster.evidence.map(\.description).joined(separator: "; ")); "
          + "keep one and retire the others")
    }
    findings += (store?.brokenFiles ?? []).map { file in
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
    if owners {
      findings += registry.sortedServiceIDs.compactMap { id in
        let service = registry.services[id]!
        guard service.owner == nil, service.lifecycle != .retired else { return nil }
        return Finding(
          code: .noOwner, services: [id],
          message: "\(id) names no owner; set one with 'update \(id) --owner UNIT|TEAM'")
      }
    }
  }

  /// The findings of each state (a registry, and the store whose files it was read from),
  /// worked out side by side, one core each: `diff` and `check --since` need two states.
  static func ofEach(
    _ states: [(registry: Registry, store: RegistryStore)], today: CalendarDate,
    owners: Bool = false
  ) -> [RegistryFindings] {
    var results = [RegistryFindings?](repeating: nil, count: states.count)
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: states.count) { index in
        let (registry, store) = states[index]
        output[index] = RegistryFindings(
          registry: registry, graph: DependencyGraph(registry), store: store, today: today,
          owners: owners)
      }
    }
    return results.map { $0! }
  }

  /// The findings here that `older` does not have: what a change introduced. A finding is the
  /// same finding when its code, services and link are (its wording may follow a range or a
  /// date); one about no service is also told apart by its message. O(findings).
  func introduced(since older: RegistryFindings) -> [Finding] {
    let before = Set(older.findings.map(FindingKey.init))
    return findings.filter { !before.contains(FindingKey($0)) }
  }
}

/// What makes two findings the same finding across two states of a registry.
private struct FindingKey: Hashable {
  var code: FindingCode
  var services: [ServiceID]
  var link: LinkEnds?
  var message: String

  init(_ finding: Finding) {
    code = finding.code
    services = finding.services
    link = finding.link
    message = finding.services.isEmpty ? finding.message : ""
  }
}
