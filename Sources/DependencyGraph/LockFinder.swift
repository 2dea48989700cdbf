import RegistryModel

/// Finds the dependency locks of a registry: what keeps services from changing or retiring
/// independently.
///
/// The rules, applied link by link (a link from a retired service is history and is checked
/// only for a missing target):
/// - `missing-target`: the link names no registered service.
/// - `retired-dependency`: the source is active and either the target service is retired or
///   the range selects at least one version of the target and every version it selects is
///   retired.
/// - `unsatisfiable`: otherwise, the range selects no version of the target that is not
///   retired; a target with no versions at all counts only when the range is not `*`.
/// - On a link with none of those errors, which resolves to the newest version its range
///   selects that is not retired: `deprecated-dependency` when the source is active and the
///   target service or that version is deprecated, and `pinned-behind` when the range leaves
///   out the target's newest active version.
/// - `sunset-passed`: once per deprecated service, or deprecated version, whose sunset date is
///   before `today`, when services that are not retired still depend on it (on the service, or
///   through links that resolve to the version).
/// - `cycle`: once per strongly connected component that holds a loop.
/// - `replacement-loop`: deprecations' `replaced-by` chains that go round in a loop, or end in
///   something retired or in something that does not exist; a version without a replacement
///   of its own is replaced as its service is.
public enum LockFinder {
  /// Every dependency lock of `registry` as of `today`, ordered by code and then by services,
  /// where `graph` is `DependencyGraph(registry)`; O(V + E) range and lifecycle checks, each
  /// distinct range asked of a service tested once, plus the cycle-breaking search of each
  /// looping component.
  public static func findings(in registry: Registry, graph: DependencyGraph, today: CalendarDate)
    -> [Finding]
  {
    assert(graph.vertexCount == registry.services.count, "graph built from another registry")
    var groups = FindingGroups()
    // Components come by smallest member and links in source and then target order, which is
    // already the listed order; only the findings gathered through dictionaries need sorting.
    for finding in cycleFindings(in: graph) { groups.add(finding) }
    addLinkFindings(in: graph, today: today, to: &groups)
    groups.sort(.sunsetPassed)
    for finding in replacementFindings(in: graph) { groups.add(finding) }
    groups.sort(.replacementLoop)
    return groups.all
  }

  /// `names` as a person would list them: `a`, `a and b`, `a, b and c`, and past `limit` the
  /// rest counted.
  static func list(_ names: [String], limit: Int = 8) -> String {
    guard names.count > 1 else { return names.first ?? "" }
    if names.count > limit {
      return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }
    return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
  }
}
