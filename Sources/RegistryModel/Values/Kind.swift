/// A short lowercase word classifying a service (`application`, `database`) or a link (`auth`,
/// `data`); any identifier is allowed, and the common ones are offered for completion.
public struct Kind: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The word as written, always a valid identifier.
  public let rawValue: String

  /// Validates `text` with the identifier rules.
  public init(validating text: some StringProtocol, field: String = "kind") throws(ModelError) {
    if let problem = Identifier.problem(with: text) {
      throw .invalidIdentifier(kind: field, value: String(text), reason: problem)
    }
    rawValue = String(text)
  }

  public var description: String { rawValue }

  public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The kind a service gets when none is given.
  public static let application = Kind(trusted: "application")

  /// Service kinds offered for completion.
  public static let commonServiceKinds = [
    "application", "api", "database", "library", "platform", "portal", "infrastructure",
    "mobile-app", "website",
  ]

  /// Link kinds offered for completion.
  public static let commonLinkKinds = ["auth", "data", "api", "runtime", "feeder", "payment"]

  /// Wraps text already known to be a valid identifier.
  package init(trusted: String) { rawValue = trusted }
}
