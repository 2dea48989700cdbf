import DependencyGraph
import Exchange
import RegistryModel

/// `export`: the dependency graph in a format graph tools read, or the registry as CSV, on
/// standard output or into files that are written atomically.
extension Session {
  mutating func export(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let command = invocation.command.name
    guard let format = ExportFormat(rawValue: invocation.arguments[0]) else {
      throw .usage(
        "unknown format '\(invocation.arguments[0])'; expected "
          + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "), column: 0,
        command: command)
    }
    let depth = try invocation.value("depth", as: Depth.self)?.levels
    let scope = ExportScope(
      root: try invocation.value("root", as: ServiceID.self), depth: depth,
      reverse: invocation.has("reverse"), unit: try invocation.value("unit").map(existingUnit))
    let selection: ExportSelection
    do {
      selection = try ExportSelection(
        registry: registrySnapshot, graph: currentGraph(), scope: scope)
    } catch {
      throw Session.commandError(error, command: command)
    }
    let counts: [(String, JSONValue)] = [
      ("services", .int(selection.nodes.count)), ("links", .int(selection.links.count)),
    ]
    guard let output = invocation.value("output"), output != "-" else {
      guard format != .csv else {
        throw .usage(
          "csv writes two files, services.csv and links.csv; give -o FOLDER or "
            + "-o path/services.csv", column: 0, command: command)
      }
      let text = String(decoding: Session.exported(selection, as: format), as: UTF8.self)
      return Reply(
        text: text,
        json: .object(
          [("format", .string(format.rawValue))] + counts + [("content", .string(text))]))
    }
    let files: [String]
    do {
      files = try Session.write(
        selection, as: format, to: output, isInterrupted: interruptCheck)
    } catch {
      throw Session.commandError(error, command: command)
    }
    let summary = "\(selection.nodes.count) services, \(selection.links.count) links"
    return Reply(
      text: "wrote \(files.joined(separator: " and ")) (\(summary))\n",
      json: .object(
        [
          ("ok", true), ("command", "export"), ("format", .string(format.rawValue)),
          ("files", .array(files.map(JSONValue.string))),
        ] + counts))
  }

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
  private static func write(
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

  private static func commandError(_ error: ExportError, command: String) -> CommandError {
    switch error {
    case .unknownRoot(let id): .model(.unknownService(id))
    case .needsRoot: .usage(error.description, column: 0, command: command)
    case .interrupted: .interrupted
    default: .failed(error.description)
    }
  }
}
