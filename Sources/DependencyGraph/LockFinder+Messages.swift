import RegistryModel
import SemVer

/// The sentences of the findings. A link finding's message is the source's id followed by a
/// tail that depends only on the target and the range, so that a tail is written once however
/// many services ask the same of the same target.
extension LockFinder {
  /// What a link finding says after the source's id.
  enum LinkTail {
    case retired
    case unsatisfiable
    case deprecated
    case pinned

    /// A small number for each kind, to key caches.
    var ordinal: Int {
      switch self {
      case .retired: 0
      case .unsatisfiable: 1
      case .deprecated: 2
      case .pinned: 3
      }
    }
  }

  /// The tail of `kind` for a link to `target` in `range`, which resolves as `resolution`.
  static func tail(
    _ kind: LinkTail, target: borrowing Service, range: VersionRange,
    resolution: RangeResolution
  ) -> String {
    switch kind {
    case .retired: retiredTail(target, range, resolution)
    case .unsatisfiable: unsatisfiableTail(target, range)
    case .deprecated: deprecatedTail(target, range, target.versions[resolution.resolved!])
    case .pinned:
      " depends on \(target.id) \(shown(range)), which leaves out \(target.id)'s newest active "
        + "version \(target.newestActiveVersion!)"
    }
  }

  static func missingTargetFinding(
    _ missing: DependencyGraph.MissingTarget, _ graph: DependencyGraph
  ) -> Finding {
    let source = graph.id(at: missing.source)
    return Finding(
      code: .missingTarget, services: [source, missing.target],
      message: "\(source) links to \(missing.target), which is not a registered service; "
        + "register \(missing.target) or remove the link",
      link: LinkEnds(from: source, to: missing.target))
  }

  static func sunsetFinding(
    _ subject: SunsetSubject, dependents: [Int], graph: DependencyGraph
  ) -> Finding {
    let service = graph.services[subject.vertex]
    let names = list(dependents.map { graph.id(at: $0).rawValue })
    let verb = dependents.count == 1 ? "depends" : "depend"
    let label: String
    let deprecation: Deprecation?
    if let version = subject.version {
      label = "\(service.id)@\(service.versions[version].version)"
      deprecation = service.versions[version].deprecation
    } else {
      label = service.id.rawValue
      deprecation = service.deprecation
    }
    var message =
      "\(label) was deprecated with sunset \(deprecation?.sunset?.description ?? "?"), "
      + "which has passed, yet \(names) still \(verb) on it"
    if let replacement = deprecation?.replacedBy { message += "; move them to \(replacement)" }
    return Finding(
      code: .sunsetPassed, services: [service.id] + dependents.map(graph.id(at:)),
      message: message)
  }

  private static func retiredTail(
    _ target: borrowing Service, _ range: VersionRange, _ resolution: RangeResolution
  ) -> String {
    var tail: String
    if target.lifecycle == .retired {
      tail = " is active but depends on \(target.id), which is retired"
    } else {
      let newest = target.versions[resolution.newestMatch!].version
      tail =
        " is active but its range \(shown(range)) for \(target.id) selects only retired "
        + "versions (the newest is \(newest))"
      if let active = target.newestActiveVersion {
        tail += "; \(target.id)'s newest active version is \(active)"
      }
    }
    if let replacement = target.deprecation?.replacedBy {
      tail += "; it was replaced by \(replacement)"
    }
    return tail
  }

  private static func unsatisfiableTail(_ target: borrowing Service, _ range: VersionRange)
    -> String
  {
    guard !target.versions.isEmpty else {
      return " needs \(target.id) \(shown(range)), but \(target.id) has no versions recorded"
    }
    let known = target.versions.prefix(6).map { version in
      version.lifecycle == .active
        ? version.version.description : "\(version.version) (\(version.lifecycle))"
    }
    let more = target.versions.count > 6 ? " and \(target.versions.count - 6) more" : ""
    return " needs \(target.id) \(shown(range)), which matches no version of \(target.id) "
      + "that is not retired (it has \(known.joined(separator: ", "))\(more))"
  }

  private static func deprecatedTail(
    _ target: borrowing Service, _ range: VersionRange, _ version: ServiceVersion
  ) -> String {
    let deprecation: Deprecation?
    var tail: String
    let subject: String
    if target.lifecycle == .deprecated {
      deprecation = target.deprecation
      subject = target.id.rawValue
      tail = " depends on \(target.id), which is deprecated"
    } else {
      deprecation = version.deprecation
      subject = "\(target.id)@\(version.version)"
      tail =
        " depends on \(target.id) \(shown(range)), which resolves to \(version.version), a "
        + "deprecated version"
    }
    if let reason = deprecation?.reason { tail += " (\(reason))" }
    tail += "; \(subject) cannot retire while this link stays"
    if let replacement = deprecation?.replacedBy { tail += "; use \(replacement) instead" }
    return tail
  }

  /// `tail` without the advice to move to a replacement that is `source` itself: tails are
  /// shared by every link to one target, but a service cannot be told to use itself instead.
  /// O(length of the tail) when the target names `source` as a replacement, else O(versions).
  static func withoutAdviceToUseItself(
    _ tail: String, source: ServiceID, target: borrowing Service
  ) -> String {
    var replacements: [Reference] = []
    if let replacement = target.deprecation?.replacedBy { replacements.append(replacement) }
    for version in target.versions {
      if let replacement = version.deprecation?.replacedBy { replacements.append(replacement) }
    }
    var result = tail
    for replacement in replacements where replacement.service == source {
      for advice in ["; it was replaced by \(replacement)", "; use \(replacement) instead"] {
        result = result.split(separator: advice, omittingEmptySubsequences: false).joined()
      }
    }
    return result
  }

  /// A range as a message shows it: its source text, or `*` for any version.
  static func shown(_ range: VersionRange) -> String {
    RangeResolution.allowsAnyVersion(range) ? "*" : range.source
  }
}
