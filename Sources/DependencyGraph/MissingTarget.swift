import RegistryModel

extension DependencyGraph {
  /// A link whose target is not a registered service, which therefore is not an edge.
  public struct MissingTarget: Sendable, Hashable {
    /// The vertex of the service holding the link.
    public let source: Int
    /// Where the link sits in that service's `links`.
    public let linkIndex: Int
    /// The id the link names.
    public let target: ServiceID
  }
}
