import DependencyGraph
import Exchange
import RegistryModel

/// Where an export goes: its bytes, Graphviz renderings, and the two files of CSV.
extension ExportCommand {
  /// The bytes of a one-file format.
  static func exported(_ selection: ExportSelection, as format: ExportFormat) -> [UInt8] {
    switch format {
    case .dot: DOTExporter().export(selection)
    case .mermaid: MermaidExporter().export(selection)
    case .graphml: GraphMLExporter().export(selection)
    case .json: JSONExporter().export(selection)
    case .csv: CSVExporter().export(selection).services
    }
  }

  /// Writes the export to `output` and returns the files written. CSV goes to `output` when it
  /// ends in `.csv` (links beside it), else into the folder `output`; `.svg`, `.png` and
  /// `.pdf` are rendered from DOT by Graphviz.
  static func write(
    _ selection: ExportSelection, as format: ExportFormat, to output: String,
    isInterrupted: @escaping () -> Bool
  )
    throws(ExportError) -> [String]
  {
    let ending = output.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if format == .csv {
      let (services, links) = csvPaths(for: output)
      if !output.lowercased().hasSuffix(".csv") { try AtomicFile.createFolder(output) }
      let files = CSVExporter().export(selection)
      return [
        described(services, try AtomicFile.write(files.services, to: services)),
        described(links, try AtomicFile.write(files.links, to: links)),
      ]
    }
    if AtomicFile.isFolder(output) {
      throw .cannotWrite(
        path: output,
        reason: "it is a folder; give a file name such as graph.\(format.fileExtension)")
    }
    if GraphvizRenderer.formats.contains(ending) {
      guard format == .dot else {
        throw .cannotWrite(
          path: output,
          reason: "only dot renders to .\(ending); use 'export dot -o \(output)'")
      }
      let destination = try AtomicFile.destination(of: output)
      try GraphvizRenderer.render(
        DOTExporter().export(selection), format: ending, to: output, isInterrupted: isInterrupted)
      return [described(output, destination)]
    }
    return [described(output, try AtomicFile.write(exported(selection, as: format), to: output))]
  }

  /// `path` as the summary names it: with what it leads to, when a symbolic link took the
  /// bytes elsewhere.
  private static func described(_ path: String, _ destination: AtomicFile.Destination) -> String {
    destination.path == path ? path : "\(path) (a link: written into \(destination.path))"
  }

  /// Where the two CSV files go: `path/services.csv` gives `path/links.csv`, `x.csv` gives
  /// `x-links.csv`, and any other path is a folder that receives both.
  static func csvPaths(for output: String) -> (services: String, links: String) {
    guard output.lowercased().hasSuffix(".csv") else {
      let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
      return ("\(folder)/services.csv", "\(folder)/links.csv")
    }
    let slash = output.lastIndex(of: "/")
    let folder = slash.map { String(output[...$0]) } ?? ""
    let name = slash.map { String(output[output.index(after: $0)...]) } ?? output
    if name.lowercased() == "services.csv" { return (output, folder + "links.csv") }
    return (output, folder + name.dropLast(4) + "-links.csv")
  }
}
