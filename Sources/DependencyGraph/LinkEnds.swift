import RegistryModel

/// The two ends of a link, `from` depending on `to`, as findings name it.
public struct LinkEnds: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The service holding the link.
  public var from: ServiceID
  /// The service it names.
  public var to: ServiceID

  /// Creates the ends of a link.
  public init(from: ServiceID, to: ServiceID) {
    self.from = from
    self.to = to
  }

  /// The link as `from -> to`.
  public var description: String { "\(from) -> \(to)" }

  /// Orders links by source id, then target id; O(length of the ids).
  public static func < (lhs: LinkEnds, rhs: LinkEnds) -> Bool {
    (lhs.from, lhs.to) < (rhs.from, rhs.to)
  }
}
