import RegistryModel
import SemVer

/// Choosing the keeper of a consolidation.
extension MigrationPlanner {
  /// The member that keeps the job: `keep` when given, else the best live member by, in turn,
  /// being active, most direct dependents (the fewest links move), the newest active version,
  /// and a central unit or owner; the lowest id breaks a tie. `nil` when every member is
  /// retired. O(m log m) for m members.
  func keeperChoice(among members: [ServiceID], keep: ServiceID?) -> KeeperChoice? {
    let candidates = members.compactMap(candidate).filter { $0.lifecycle != .retired }
      .sorted(by: Self.ranksBefore)
    if let keep {
      guard let chosen = candidate(keep) else { return nil }
      return KeeperChoice(
        keeper: chosen, chosenByUser: true, reasons: ["chosen with --keep"],
        runnersUp: Array(candidates.filter { $0.id != keep }.prefix(3)))
    }
    guard let best = candidates.first else { return nil }
    let rest = Array(candidates.dropFirst())
    return KeeperChoice(
      keeper: best, chosenByUser: false, reasons: reasons(best, over: rest.first),
      runnersUp: Array(rest.prefix(3)))
  }

  /// The facts the choice weighs for `id`.
  func candidate(_ id: ServiceID) -> KeeperCandidate? {
    guard let service = registry.services[id], let vertex = graph.index(of: id) else {
      return nil
    }
    let dependents = Set(graph.dependents(of: vertex).map(\.source)).subtracting([vertex]).count
    let unitIsCentral = registry.units[service.unit]?.level == .central
    let ownerIsCentral =
      service.owner.flatMap { try? UnitPath(validating: $0) }
      .flatMap { registry.units[$0]?.level == .central } ?? false
    return KeeperCandidate(
      id: id, dependents: dependents, newestActiveVersion: service.newestActiveVersion,
      central: unitIsCentral || ownerIsCentral, lifecycle: service.lifecycle)
  }

  /// Whether `lhs` makes a better keeper than `rhs`.
  static func ranksBefore(_ lhs: KeeperCandidate, _ rhs: KeeperCandidate) -> Bool {
    let active = (lhs.lifecycle == .active, rhs.lifecycle == .active)
    if active.0 != active.1 { return active.0 }
    if lhs.dependents != rhs.dependents { return lhs.dependents > rhs.dependents }
    switch (lhs.newestActiveVersion, rhs.newestActiveVersion) {
    case (let left?, let right?) where left != right: return left > right
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    if lhs.central != rhs.central { return lhs.central }
    return lhs.id < rhs.id
  }

  /// Why `best` ranks before `next`, in the order the choice weighs them: the deciding reason
  /// first, then the facts that also speak for it.
  private func reasons(_ best: KeeperCandidate, over next: KeeperCandidate?) -> [String] {
    var reasons: [String] = []
    func dependents(_ count: Int) -> String { "\(count) dependent\(count == 1 ? "" : "s")" }
    if let next, best.lifecycle == .active, next.lifecycle != .active {
      reasons.append("the only active one (\(next.id) is \(next.lifecycle))")
    }
    if let next, best.dependents > next.dependents {
      reasons.append(
        "most dependents: \(dependents(best.dependents)) (next: \(next.id), "
          + "\(dependents(next.dependents)))")
    } else {
      reasons.append(dependents(best.dependents))
    }
    if let version = best.newestActiveVersion {
      if let next, best.dependents == next.dependents,
        next.newestActiveVersion.map({ version > $0 }) ?? true
      {
        reasons.append(
          "newest active version: \(version) (next: "
            + (next.newestActiveVersion.map { "\($0)" } ?? "none") + ")")
      } else {
        reasons.append("active version \(version)")
      }
    }
    if best.central { reasons.append("in a central unit") }
    if let next, best.dependents == next.dependents,
      best.newestActiveVersion == next.newestActiveVersion, best.central == next.central
    {
      reasons.append("first by id among equals")
    }
    return reasons
  }
}
