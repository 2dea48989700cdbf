import RegistryModel

/// Writes an export as a Mermaid `flowchart LR`: each unit a subgraph titled with its name,
/// classes for planned, deprecated, retired and unregistered services, links on a loop drawn
/// red with `linkStyle`, ranges (and kinds) as link labels.
///
/// Node and subgraph ids are generated (`n0`, `u0`, `x0`), never user text, and every label is
/// quoted and escaped by `MermaidText`. O(V + E).
public struct MermaidExporter: Sendable {
  /// Creates an exporter.
  public init() {}

  /// The Mermaid text of `selection`, as UTF-8 bytes ending in a newline.
  public func export(_ selection: ExportSelection) -> [UInt8] {
    var out = ByteWriter(reserving: selection.nodes.count * 64 + selection.links.count * 24)
    out.write("flowchart LR\n")
    var depth = 1
    for step in ClusterStep.steps(for: selection) {
      switch step {
      case .open(let unit, let level):
        depth = level + 1
        out.write(String(repeating: "  ", count: level) + "subgraph u")
        out.write(unit)
        out.write(" [\"")
        MermaidText.write(selection.units[unit].name, to: &out)
        out.write("\"]\n")
      case .node(let position):
        for _ in 0..<depth { out.write("  ") }
        writeNode(selection.nodes[position], position: position, to: &out)
      case .close:
        depth -= 1
        out.write(String(repeating: "  ", count: depth) + "end\n")
      }
    }
    for (index, missing) in selection.missingTargets.enumerated() {
      out.write("  x")
      out.write(index)
      out.write("[\"")
      MermaidText.write(missing.rawValue, to: &out)
      out.write("<br/>(not registered)\"]:::missing\n")
    }
    var looping: [Int] = []
    for (index, link) in selection.links.enumerated() {
      if link.inCycle { looping.append(index) }
      writeLink(link, of: selection, to: &out)
    }
    if !looping.isEmpty {
      out.write("  linkStyle ")
      for (index, number) in looping.enumerated() {
        if index > 0 { out.write(byte: UInt8(ascii: ",")) }
        out.write(number)
      }
      out.write(" stroke:#d32f2f,stroke-width:2px\n")
    }
    out.write("  classDef planned stroke-dasharray:2 2\n")
    out.write("  classDef deprecated stroke-dasharray:6 3\n")
    out.write("  classDef retired fill:#eeeeee,stroke:#9e9e9e,color:#757575\n")
    out.write("  classDef missing stroke:#d32f2f,stroke-dasharray:3 3,color:#d32f2f\n")
    return out.bytes
  }

  private func writeNode(_ service: Service, position: Int, to out: inout ByteWriter) {
    out.write("n")
    out.write(position)
    out.write("[\"")
    MermaidText.write(service.name, to: &out)
    out.write("<br/>")
    MermaidText.write(service.id.rawValue, to: &out)
    out.write("\"]")
    if service.lifecycle != .active {
      out.write(":::" + service.lifecycle.rawValue)
    }
    out.write("\n")
  }

  private func writeLink(
    _ link: ExportLink, of selection: ExportSelection, to out: inout ByteWriter
  ) {
    let facts = selection.link(link)
    out.write("  n")
    out.write(link.source)
    // Dotted when the target is not registered: a link that leads nowhere.
    out.write(link.target == nil ? " -.->" : " -->")
    if EdgeLabel.hasLabel(facts) {
      out.write("|\"")
      EdgeLabel.write(facts) { MermaidText.write($0, to: &out) }
      out.write("\"|")
    }
    if let target = link.target {
      out.write(" n")
      out.write(target)
    } else {
      out.write(" x")
      out.write(link.missingTarget!)
    }
    out.write("\n")
  }
}
