/// A semantic version 2.0.0, such as `1.2.3-alpha.1+build.5`.
///
/// `==` is structural, so build metadata counts; `<` is semver precedence, which ignores it.
/// Two versions that differ only in build metadata are therefore neither `<` nor `==`; use
/// ``compareByPrecedence(_:)`` when that distinction matters.
public struct Version: Sendable, Hashable, Comparable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// The major number, bumped for incompatible changes.
  public var major: UInt64

  /// The minor number, bumped for compatible additions.
  public var minor: UInt64

  /// The patch number, bumped for compatible fixes.
  public var patch: UInt64

  /// The prerelease identifiers after `-`, empty for a release.
  public var prerelease: [PrereleaseIdentifier]

  /// The build metadata identifiers after `+`, which never affect precedence.
  public var build: [String]

  /// Makes a version from its parts without validating them; use ``init(parsing:)`` for text.
  public init(
    _ major: UInt64,
    _ minor: UInt64,
    _ patch: UInt64,
    prerelease: [PrereleaseIdentifier] = [],
    build: [String] = []
  ) {
    self.major = major
    self.minor = minor
    self.patch = patch
    self.prerelease = prerelease
    self.build = build
  }

  /// Parses `description` strictly, returning nil where ``init(parsing:)`` would throw.
  public init?(_ description: String) {
    guard let version = try? Version(parsing: description) else { return nil }
    self = version
  }

  /// Whether the version has prerelease identifiers, such as `1.0.0-rc.1`.
  public var isPrerelease: Bool {
    !prerelease.isEmpty
  }

  /// The canonical text, such as `"1.2.3-alpha.1+build.5"`, without any `v` prefix.
  public var description: String {
    var text = "\(major).\(minor).\(patch)"
    if !prerelease.isEmpty {
      text.append("-")
      for (index, identifier) in prerelease.enumerated() {
        if index > 0 { text.append(".") }
        text.append(identifier.description)
      }
    }
    if !build.isEmpty {
      text.append("+")
      text.append(build.joined(separator: "."))
    }
    return text
  }
}
