/// The formats `export` writes.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Graphviz DOT, for `dot` and the tools built on it.
  case dot
  /// A Mermaid flowchart, for Markdown pages that render Mermaid.
  case mermaid
  /// GraphML, for yEd, Gephi and networkx.
  case graphml
  /// One JSON document with the nodes and the links.
  case json
  /// Two CSV files, `services.csv` and `links.csv`, for spreadsheets and for `import csv`.
  case csv

  public var description: String { rawValue }

  /// The file extension a file of this format usually has.
  public var fileExtension: String {
    switch self {
    case .dot: "dot"
    case .mermaid: "mmd"
    case .graphml: "graphml"
    case .json: "json"
    case .csv: "csv"
    }
  }
}
