import RegistryModel

/// How an import reads its files and what it does with rows it cannot place.
public struct ImportOptions: Sendable, Hashable {
  /// Headers chosen with `--map`.
  public var overrides: ColumnOverrides
  /// Values read as other words, chosen with `--map-value`.
  public var values: ValueMaps
  /// What to do with a row whose unit does not exist.
  public var unknownUnits: UnknownUnitPolicy
  /// Services whose files do not parse: a row for one is an error, since writing it would
  /// overwrite the file the user has to repair.
  public var brokenServices: Set<ServiceID>

  /// Creates options.
  public init(
    overrides: ColumnOverrides = ColumnOverrides(), values: ValueMaps = ValueMaps(),
    unknownUnits: UnknownUnitPolicy = .fail, brokenServices: Set<ServiceID> = []
  ) {
    self.overrides = overrides
    self.values = values
    self.unknownUnits = unknownUnits
    self.brokenServices = brokenServices
  }
}
