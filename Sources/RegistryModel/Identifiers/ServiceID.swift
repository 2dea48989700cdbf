/// The id of a service: its file name in the registry, unique across all units.
public struct ServiceID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The id as written, always valid.
  public let rawValue: String

  /// Validates `text` as a service id: lowercase `[a-z0-9][a-z0-9._-]*`, at most 64 characters.
  public init(validating text: some StringProtocol) throws(ModelError) {
    if let problem = Identifier.problem(with: text) {
      throw .invalidIdentifier(kind: "service id", value: String(text), reason: problem)
    }
    rawValue = String(text)
  }

  /// Returns `nil` rather than an error when `text` is not a valid service id.
  public init?(_ text: some StringProtocol) {
    guard Identifier.problem(with: text) == nil else { return nil }
    rawValue = String(text)
  }

  /// Wraps text already known to be a valid id, such as one read back from the parse cache.
  package init(trusted text: String) { rawValue = text }

  public var description: String { rawValue }

  public static func < (lhs: ServiceID, rhs: ServiceID) -> Bool { lhs.rawValue < rhs.rawValue }
}
