import SemVer

/// A dependency: the service holding this link depends on `target`, in the versions `range`
/// selects.
public struct Link: Sendable, Hashable {
  /// The service depended on.
  public var target: ServiceID
  /// The versions of the target that will do; `*` when any will.
  public var range: VersionRange
  /// What the dependency is for (`auth`, `data`, …), when said.
  public var kind: Kind?
  /// A note for people.
  public var note: String?

  /// Creates a link.
  public init(
    to target: ServiceID, range: VersionRange = .any, kind: Kind? = nil, note: String? = nil
  ) {
    self.target = target
    self.range = range
    self.kind = kind
    self.note = note
  }
}
