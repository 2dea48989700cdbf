/// Which column of a file holds which field, found from the header row: `--map` choices
/// first, then the header names each field goes by; other columns are ignored.
struct ColumnMap<Column: InventoryColumn> {
  /// The column position of each field the file has.
  private(set) var positions: [Column: Int] = [:]
  /// How each header was read, for `--dry-run`.
  private(set) var uses: [ColumnUse] = []
  /// The word each field's values read as, by normalised value (`--map-value`).
  private var values: [Column: [String: String]] = [:]
  /// Whether cells are values as they are, with no CSV formula mark to remove.
  private var literalCells = false

  /// Maps `header`; fails when a `--map` names no header, or two headers mean one field.
  init(
    header: [String], file: String, overrides: [Column: String],
    values: [Column: [String: String]] = [:], literalCells: Bool = false
  ) throws(CellError) {
    self.values = values
    self.literalCells = literalCells
    // Each header name with the field it means and its rank among that field's names.
    var byName: [String: (column: Column, rank: Int)] = [:]
    for column in Column.allCases where overrides[column] == nil {
      let names = [ColumnName.normalised(column.rawValue)] + column.synonyms
      for (rank, name) in names.enumerated() where byName[name] == nil {
        byName[name] = (column, rank)
      }
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
    var ranks: [Column: Int] = [:]
    for (position, name) in header.enumerated() where !chosen.contains(position) {
      guard let (column, rank) = byName[ColumnName.normalised(name)] else { continue }
      if let earlier = positions[column], let earlierRank = ranks[column] {
        // Two names of one field: the surer one reads it (`deskripsi` before `keterangan`);
        // two equally sure ones are for the user to choose between.
        guard rank != earlierRank else {
          throw CellError(
            "columns '\(header[earlier])' and '\(name)' both read as \(column.rawValue); "
              + "choose one with --map \(column.rawValue)=COLUMN")
        }
        if rank > earlierRank { continue }
      }
      positions[column] = position
      ranks[column] = rank
    }
    // Headers no name matches, for fields still unread: a keyword inside a header of a
    // database export (`skpdapp`, `infofungsi`) reads it, when only one header has one.
    let read = Set(positions.values)
    var found: [Column: [Int]] = [:]
    for (position, name) in header.enumerated() where !read.contains(position) {
      let compact = ColumnName.normalised(name).filter { $0 != " " }
      let fields = Column.allCases.filter { column in
        positions[column] == nil && overrides[column] == nil
          && column.keywords.contains { compact.contains($0) }
      }
      if fields.count == 1 { found[fields[0], default: []].append(position) }
    }
    for (column, candidates) in found where candidates.count == 1 {
      positions[column] = candidates[0]
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
  func cell(_ column: Column, of record: InventoryRecord, trim: Bool = true) -> String? {
    guard let position = positions[column] else { return nil }
    guard position < record.cells.count else { return "" }
    let raw = record.cells[position]
    if raw == "-" { return "" }
    let restored = literalCells ? raw : CSVCell.restored(raw)
    if let mapped = values[column], !mapped.isEmpty,
      let word = mapped[ColumnName.normalised(restored)]
    {
      return word
    }
    return trim ? restored.trimmingWhitespace() : restored
  }
}
