/// One record of a CSV file: its cells and the line of the file it starts on.
struct CSVRecord: Sendable {
  /// The 1-based line the record starts on (a quoted cell may span lines).
  var line: Int
  /// The cells, unquoted, formula marks not yet removed.
  var cells: [String]
}
