/// The path of an organisational unit, such as `ptkn/uin-jakarta`: the folder that holds its
/// services.
public struct UnitPath: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The most folders a unit path may nest.
  public static let maximumDepth = 8

  /// The path's segments, each a valid identifier.
  public let segments: [String]

  /// Validates `text` as a `/`-separated unit path whose every segment is an identifier.
  public init(validating text: some StringProtocol) throws(ModelError) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard !text.isEmpty else {
      throw .invalidIdentifier(kind: "unit path", value: "", reason: "it is empty")
    }
    guard parts.count <= Self.maximumDepth else {
      throw .invalidIdentifier(
        kind: "unit path", value: String(text),
        reason: "it has \(parts.count) levels; at most \(Self.maximumDepth) are allowed")
    }
    for (index, part) in parts.enumerated() {
      if let problem = Identifier.problem(with: part) {
        throw .invalidIdentifier(
          kind: "unit path", value: String(text), reason: "segment \(index + 1): \(problem)")
      }
    }
    segments = parts.map { String($0) }
  }

  /// Returns `nil` rather than an error when `text` is not a valid unit path.
  public init?(_ text: some StringProtocol) {
    guard let path = try? UnitPath(validating: text) else { return nil }
    self = path
  }

  /// Wraps segments already known to be valid, such as ones read back from the parse cache.
  package init(trustedSegments segments: [String]) { self.segments = segments }

  /// The path as written with `/` separators.
  public var description: String { segments.joined(separator: "/") }

  /// The top-level group, such as `ptkn` in `ptkn/uin-jakarta`.
  public var root: String { segments[0] }

  /// The last segment, such as `uin-jakarta` in `ptkn/uin-jakarta`.
  public var leaf: String { segments[segments.count - 1] }

  /// Whether this path is `other` or lies inside it.
  public func isWithin(_ other: UnitPath) -> Bool {
    segments.starts(with: other.segments)
  }

  public static func < (lhs: UnitPath, rhs: UnitPath) -> Bool {
    lhs.segments.lexicographicallyPrecedes(rhs.segments)
  }
}
