import RegistryModel

/// What part of the registry an export covers: everything, a service's dependencies (or
/// dependents) to a depth, one unit and the units inside it, or the services all given parts
/// have in common.
public struct ExportScope: Sendable, Hashable {
  /// The service whose dependencies (or dependents) are exported, with itself.
  public var root: ServiceID?
  /// How many links from `root` to follow; `nil` follows all. Needs `root`.
  public var depth: Int?
  /// Whether to follow what depends on `root` instead of what it depends on. Needs `root`.
  public var reverse: Bool
  /// Only services of this unit and of the units inside it.
  public var unit: UnitPath?

  /// Creates a scope; with no arguments it covers the whole registry.
  public init(
    root: ServiceID? = nil, depth: Int? = nil, reverse: Bool = false, unit: UnitPath? = nil
  ) {
    self.root = root
    self.depth = depth
    self.reverse = reverse
    self.unit = unit
  }

  /// The whole registry.
  public static let everything = ExportScope()
}
