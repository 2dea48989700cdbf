/// A CSV file read whole: the header row and the records after it.
struct CSVTable: Sendable {
  /// The header row's cells.
  var header: [String]
  /// The records after the header, blank lines left out.
  var records: [CSVRecord]
}
