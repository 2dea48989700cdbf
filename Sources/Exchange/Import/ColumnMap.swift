/// Which column of a file holds which field, found from the header row: `--map` choices
/// first, then the header names each field goes by; other columns are ignored.
struct ColumnMap<Column: InventoryColumn> {
  /// The column position of each field the file has.
  private(set) var positions: [Column: Int] = [:]
  /// How each header was read, for `--dry-run`.
  private(set) var uses: [ColumnUse] = []
  /// The word each field's values read as, by normalised value (`--map-value`).
  private var values: [Column: [String: String]] = [:]

  /// Maps `header`; fails when a `--map` names no header, or two headers mean one field.
  init(
    header: [String], file: String, overrides: [Column: String],
    values: [Column: [String: String]] = [:]
  ) throws(CellError) {
    self.values = values
    var byName: [String: Column] = [:]
    for column in Column.allCases where overrides[column] == nil {
      byName[ColumnName.normalised(column.rawValue)] = column
      for synonym in column.synonyms where byName[synonym] == nil { byName[synonym] = column }
    }
    for (column, chosen) in overrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      let position =
        header.firstIndex(of: chosen)
        ?? header.firstIndex { ColumnName.normalised($0) == ColumnName.normalised(chosen) }
      guard let position else {
        throw CellError(
          "--map \(column.rawValue)=\(chosen): no column '\(chosen)'; the columns are "
            + header.map { "'\($0)'" }.joined(separator: ", "))
      }
      positions[column] = position
    }
    let chosen = Set(positions.values)
    for (position, name) in header.enumerated() where !chosen.contains(position) {
      guard let column = byName[ColumnName.normalised(name)] else { continue }
      if let earlier = positions[column] {
        throw CellError(
          "columns '\(header[earlier])' and '\(name)' both read as \(column.rawValue); choose "
            + "one with --map \(column.rawValue)=COLUMN")
      }
      positions[column] = position
    }
    let fieldAt = Dictionary(uniqueKeysWithValues: positions.map { ($1, $0.rawValue) })
    uses = header.enumerated().map { position, name in
      ColumnUse(file: file, header: name, field: fieldAt[position])
    }
  }

  /// Whether the file has a column for `column`.
  func has(_ column: Column) -> Bool { positions[column] != nil }

  /// The cell of `record` for `column`, formula mark removed, trimmed when `trim`; `nil` when
  /// the file has no such column. A cell that is just `-` (a common "none") reads as empty.
  func cell(_ column: Column, of record: CSVRecord, trim: Bool = true) -> String? {
    guard let position = positions[column] else { return nil }
    guard position < record.cells.count else { return "" }
    let raw = record.cells[position]
    if raw == "-" { return "" }
    let restored = CSVCell.restored(raw)
    if let mapped = values[column], !mapped.isEmpty,
      let word = mapped[ColumnName.normalised(restored)]
    {
      return word
    }
    return trim ? restored.trimmingWhitespace() : restored
  }
}
