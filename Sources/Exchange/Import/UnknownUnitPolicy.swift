/// What an import does with a row whose unit path is not in `units.toml`.
public enum UnknownUnitPolicy: Sendable, Hashable {
  /// Report the row as an error (the default): nothing is written.
  case fail
  /// Create the unit, its level guessed from the path's first segment unless a `unit_level`
  /// column says.
  case create
  /// Leave the row out, with a warning.
  case skip
}
