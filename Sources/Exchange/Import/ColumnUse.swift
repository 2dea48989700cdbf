/// How an import read one column of a file: the header as written and the field it fills, or
/// `nil` when it ignored the column.
public struct ColumnUse: Sendable, Hashable {
  /// The file as the user named it.
  public var file: String
  /// The header as written in the file.
  public var header: String
  /// The field it fills (a `ServiceColumn` or `LinkColumn` raw value), or `nil`.
  public var field: String?
}
