import Exchange

/// What `export` made: a document for standard output, or the files it wrote.
struct ExportOutcome {
  /// Where the export went.
  enum Written {
    /// The bytes of a one-file format, for standard output.
    case document([UInt8])
    /// The files written, each as the summary names it.
    case files([String])
  }

  /// The format.
  var format: ExportFormat
  /// The services exported.
  var services: Int
  /// The links exported.
  var links: Int
  /// Where it went.
  var written: Written
}
