import DependencyGraph
import Exchange
import RegistryModel

/// `export FORMAT [-o PATH] [--root ID [--depth N] [--reverse]] [--unit U]`: the dependency
/// graph in a format graph tools read, or the registry as CSV, on standard output or into
/// files written atomically.
struct ExportCommand: Command {
  static let name = "export"
  /// The format.
  var format: ExportFormat
  /// Which services: around a root, within a unit, or all.
  var root: ServiceID?
  /// How many levels around the root.
  var depth: Depth?
  /// Whether to follow links backwards from the root.
  var reverse: Bool
  /// Only this unit (or group), as the user named it.
  var unit: String?
  /// Where to write; standard output when `nil` or `-`.
  var output: String?

  init(parsing invocation: Invocation) throws(CommandError) {
    format = try invocation.required(0, as: ExportFormat.self)
    root = try invocation.value("root", as: ServiceID.self)
    depth = try invocation.value("depth", as: Depth.self)
    reverse = invocation.has("reverse")
    unit = invocation.value("unit")
    output = invocation.value("output").flatMap { $0 == "-" ? nil : $0 }
    if output == nil, format == .csv {
      throw .usage(
        "csv writes two files, services.csv and links.csv; give -o FOLDER or "
          + "-o path/services.csv", column: 0, command: Self.name)
    }
  }

  func run(in session: inout Session) throws(CommandError) -> ExportOutcome {
    _ = try session.openStore()
    let scope = ExportScope(
      root: root, depth: depth?.levels, reverse: reverse, unit: try unit.map(session.existingUnit))
    do {
      let selection = try ExportSelection(
        registry: session.registrySnapshot, graph: session.currentGraph(), scope: scope)
      let counts = (services: selection.nodes.count, links: selection.links.count)
      guard let output else {
        return ExportOutcome(
          format: format, services: counts.services, links: counts.links,
          written: .document(ExportCommand.exported(selection, as: format)))
      }
      let files = try ExportCommand.write(
        selection, as: format, to: output, isInterrupted: session.interruptCheck)
      return ExportOutcome(
        format: format, services: counts.services, links: counts.links, written: .files(files))
    } catch {
      switch error {
      case .unknownRoot(let id): throw .model(.unknownService(id))
      case .needsRoot: throw .usage(error.description, column: 0, command: Self.name)
      case .interrupted: throw .interrupted
      default: throw .failed(error.description)
      }
    }
  }
}

extension ExportFormat: ArgumentValue {
  init(argument: String) throws(CommandError) {
    guard let format = ExportFormat(rawValue: argument) else {
      throw .usage(
        "unknown format '\(argument)'; expected "
          + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "), column: 0,
        command: ExportCommand.name)
    }
    self = format
  }
}
