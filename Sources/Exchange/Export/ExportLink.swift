/// One exported link: the node that holds it, which of its links it is, and the node it names
/// (or the unregistered id it names).
public struct ExportLink: Sendable, Hashable {
  // 32-bit fields keep a link at 16 bytes: exports of a million links hold them all at once.
  private let storedSource: Int32
  private let storedLinkIndex: Int32
  private let storedTarget: Int32
  /// Whether the link lies on a loop: both ends in one strongly connected component of the
  /// whole registry, or a service linking to itself.
  public let inCycle: Bool

  /// Creates a link; `target` is a node position, or `-1 - i` for the `i`th missing target.
  init(source: Int, linkIndex: Int, target: Int32, inCycle: Bool) {
    storedSource = Int32(source)
    storedLinkIndex = Int32(linkIndex)
    storedTarget = target
    self.inCycle = inCycle
  }

  /// The position of the service holding the link in `ExportSelection.nodes`.
  public var source: Int { Int(storedSource) }
  /// Where the link sits in that service's `links`.
  public var linkIndex: Int { Int(storedLinkIndex) }
  /// The position of the service depended on in `ExportSelection.nodes`, or `nil` when it
  /// names no registered service.
  public var target: Int? { storedTarget >= 0 ? Int(storedTarget) : nil }
  /// The position in `ExportSelection.missingTargets` of the unregistered id it names, if so.
  public var missingTarget: Int? { storedTarget < 0 ? Int(-1 - storedTarget) : nil }
}
