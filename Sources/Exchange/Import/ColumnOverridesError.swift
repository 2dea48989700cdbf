/// A `--map` word that names no field or is not `FIELD=COLUMN`.
public struct ColumnOverridesError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What is wrong, with the fields that exist.
  public var message: String

  public var description: String { message }
}
