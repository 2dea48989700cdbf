import RegistryModel

/// Writes an export as Graphviz DOT: each unit a `cluster_` subgraph labelled with its name,
/// deprecated services dashed, retired ones grey, planned ones dotted, unregistered targets red
/// and dashed, links on a loop red, ranges (and kinds) as edge labels.
///
/// Every id and label is a quoted string escaped by `DOTText`, never an HTML label, so no name
/// can end a string or inject a statement. Attributes are written in name order. O(V + E).
public struct DOTExporter: Sendable {
  /// Creates an exporter.
  public init() {}

  /// The DOT text of `selection`, as UTF-8 bytes ending in a newline.
  public func export(_ selection: ExportSelection) -> [UInt8] {
    var out = ByteWriter(reserving: selection.nodes.count * 96 + selection.links.count * 40)
    out.write("digraph ")
    DOTText.writeQuoted(selection.name, to: &out)
    out.write(" {\n")
    out.write("  graph [fontname=\"Helvetica\", rankdir=\"LR\"];\n")
    out.write("  node [fontname=\"Helvetica\", shape=\"box\", style=\"rounded\"];\n")
    out.write("  edge [fontname=\"Helvetica\", fontsize=\"10\"];\n")
    var depth = 1
    for step in ClusterStep.steps(for: selection) {
      switch step {
      case .open(let unit, let level):
        depth = level + 1
        let indent = String(repeating: "  ", count: level)
        out.write(indent + "subgraph ")
        DOTText.writeQuoted("cluster_" + selection.units[unit].path.description, to: &out)
        out.write(" {\n" + indent + "  label=")
        DOTText.writeQuoted(selection.units[unit].name, to: &out)
        out.write(";\n" + indent + "  style=\"rounded\";\n")
      case .node(let position):
        writeNode(selection.nodes[position], indent: depth, to: &out)
      case .close:
        depth -= 1
        out.write(String(repeating: "  ", count: depth) + "}\n")
      }
    }
    for missing in selection.missingTargets {
      out.write("  ")
      DOTText.writeQuoted(missing.rawValue, to: &out)
      out.write(" [color=\"red\", fontcolor=\"red\", label=")
      DOTText.writeQuoted(missing.rawValue + "\n(not registered)", to: &out)
      out.write(", style=\"dashed\"];\n")
    }
    for link in selection.links {
      writeLink(link, of: selection, to: &out)
    }
    out.write("}\n")
    return out.bytes
  }

  private func writeNode(_ service: Service, indent: Int, to out: inout ByteWriter) {
    for _ in 0..<indent { out.write("  ") }
    DOTText.writeQuoted(service.id.rawValue, to: &out)
    out.write(" [")
    switch service.lifecycle {
    case .retired:
      out.write("color=\"grey60\", fillcolor=\"grey92\", fontcolor=\"grey45\", ")
    case .planned, .active, .deprecated: break
    }
    out.write("label=\"")
    DOTText.write(service.name, to: &out)
    out.write("\\n")
    DOTText.write(service.id.rawValue, to: &out)
    if service.lifecycle != .active {
      out.write("\\n[" + service.lifecycle.rawValue + "]")
    }
    out.write("\"")
    switch service.lifecycle {
    case .planned: out.write(", style=\"rounded,dotted\"")
    case .active: break
    case .deprecated: out.write(", style=\"rounded,dashed\"")
    case .retired: out.write(", style=\"rounded,filled\"")
    }
    out.write("];\n")
  }

  private func writeLink(
    _ link: ExportLink, of selection: ExportSelection, to out: inout ByteWriter
  ) {
    let facts = selection.link(link)
    out.write("  ")
    DOTText.writeQuoted(selection.nodes[link.source].id.rawValue, to: &out)
    out.write(" -> ")
    DOTText.writeQuoted(selection.targetID(of: link).rawValue, to: &out)
    // In name order (color, label, penwidth, style), as every attribute list, for stable bytes.
    let hasLabel = EdgeLabel.hasLabel(facts)
    guard link.inCycle || hasLabel || link.target == nil else {
      out.write(";\n")
      return
    }
    out.write(" [")
    if link.inCycle { out.write("color=\"red\"") }
    if hasLabel {
      if link.inCycle { out.write(", ") }
      out.write("label=\"")
      EdgeLabel.write(facts) { DOTText.write($0, to: &out) }
      out.write("\"")
    }
    if link.inCycle { out.write(", penwidth=\"2\"") }
    if link.target == nil { out.write(hasLabel ? ", style=\"dashed\"" : "style=\"dashed\"") }
    out.write("];\n")
  }
}
