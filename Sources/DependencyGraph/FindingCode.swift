/// What kind of dependency lock a finding reports, in the order `locks` and `check` list them.
public enum FindingCode: String, Sendable, Hashable, CaseIterable, Comparable,
  CustomStringConvertible
{
  /// Services that depend on each other: a loop of links, or a link to itself.
  case cycle
  /// A link names a service that is not registered.
  case missingTarget = "missing-target"
  /// A link's range matches no version of its target that is not retired.
  case unsatisfiable
  /// An active service depends on a retired service, or on only retired versions.
  case retiredDependency = "retired-dependency"
  /// An active service depends on a deprecated service or version, so that one cannot retire.
  case deprecatedDependency = "deprecated-dependency"
  /// Something deprecated is past its sunset date and still depended on.
  case sunsetPassed = "sunset-passed"
  /// A link's range excludes the newest active version of its target.
  case pinnedBehind = "pinned-behind"
  /// Replacements named by deprecations go round in a loop, or end in something retired.
  case replacementLoop = "replacement-loop"
  /// Two or more services are certainly the same (same URL or same normalised name); reported
  /// by `check`, found by the duplicate detector.
  case duplicate
  /// A registry file does not parse; reported by `check`, found by the store.
  case brokenFile = "broken-file"
  /// A symbolic link inside the registry leads out of it: svcreg reads through it but writes
  /// nothing there; reported by `check`, found by the store.
  case linkOutside = "link-outside"
  /// A service that is not retired names no owner; reported by `check --strict` only.
  case noOwner = "no-owner"

  /// How serious findings of this kind are.
  public var severity: Severity {
    switch self {
    case .cycle, .missingTarget, .unsatisfiable, .retiredDependency, .replacementLoop, .brokenFile:
      .error
    case .deprecatedDependency, .sunsetPassed, .pinnedBehind, .duplicate, .linkOutside, .noOwner:
      .warning
    }
  }

  /// The code as printed, such as `missing-target`.
  public var description: String { rawValue }

  /// The position in the listed order, `0..<allCases.count`.
  var ordinal: Int {
    switch self {
    case .cycle: 0
    case .missingTarget: 1
    case .unsatisfiable: 2
    case .retiredDependency: 3
    case .deprecatedDependency: 4
    case .sunsetPassed: 5
    case .pinnedBehind: 6
    case .replacementLoop: 7
    case .duplicate: 8
    case .brokenFile: 9
    case .linkOutside: 10
    case .noOwner: 11
    }
  }

  /// Whether `lhs` is listed before `rhs`, in the order of the table above; O(1).
  public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.ordinal < rhs.ordinal }
}
