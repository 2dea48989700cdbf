import RegistryModel

/// Services that look like they do the same job: a consolidation opportunity, or, when
/// `certain`, one service registered more than once.
public struct DuplicateCluster: Sendable, Hashable {
  /// The services, in id order.
  public var services: [ServiceID]
  /// The units that own them, in path order.
  public var units: [UnitPath]
  /// How alike they are, from 0 to 1: the mean score of the pairs that joined the cluster.
  public var score: Double
  /// Whether they are joined by certain evidence alone (the same URL, or the same normalised
  /// name within one unit).
  public var certain: Bool
  /// Why they look alike, strongest first.
  public var evidence: [Evidence]
  /// What they do, in words, such as `sistem informasi akademik`.
  public var label: String

  /// Creates a cluster.
  public init(
    services: [ServiceID], units: [UnitPath], score: Double, certain: Bool, evidence: [Evidence],
    label: String
  ) {
    self.services = services
    self.units = units
    self.score = score
    self.certain = certain
    self.evidence = evidence
    self.label = label
  }
}
