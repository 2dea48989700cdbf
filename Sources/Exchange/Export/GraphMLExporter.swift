import RegistryModel

/// Writes an export as GraphML with typed keys that yEd, Gephi and networkx read: for nodes
/// `name`, `unit`, `kind`, `lifecycle`, `versions` (comma-joined), `tags` (comma-joined),
/// `url` and `description`; for edges `range`, `kind`, `note` and `cycle` (boolean).
///
/// Keys are declared in name order and each element's data follow that order; absent facts
/// are left out. An unregistered target is a node with lifecycle `missing`. Text is escaped by
/// `XMLText`. O(V + E).
public struct GraphMLExporter: Sendable {
  /// Creates an exporter.
  public init() {}

  private static let nodeKeys = [
    "contacts", "description", "kind", "lifecycle", "name", "owner", "tags", "unit", "url",
    "versions",
  ]
  private static let edgeKeys = [
    ("cycle", "boolean"), ("kind", "string"), ("note", "string"), ("range", "string"),
  ]

  /// The GraphML document of `selection`, as UTF-8 bytes ending in a newline.
  public func export(_ selection: ExportSelection) -> [UInt8] {
    var out = ByteWriter(reserving: selection.nodes.count * 300 + selection.links.count * 120)
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
    out.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
    out.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
    out.write(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
    for key in Self.nodeKeys {
      out.write(
        "  <key id=\"node_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n")
    }
    for (key, type) in Self.edgeKeys {
      out.write(
        "  <key id=\"edge_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(type)\"/>\n")
    }
    out.write("  <graph id=\"")
    XMLText.write(selection.name, to: &out)
    out.write("\" edgedefault=\"directed\">\n")
    for service in selection.nodes {
      writeNode(service, to: &out)
    }
    for missing in selection.missingTargets {
      out.write("    <node id=\"")
      XMLText.write(missing.rawValue, to: &out)
      out.write("\">\n")
      writeData("node_lifecycle", "missing", to: &out)
      writeData("node_name", missing.rawValue, to: &out)
      out.write("    </node>\n")
    }
    for (index, link) in selection.links.enumerated() {
      writeEdge(link, number: index, of: selection, to: &out)
    }
    out.write("  </graph>\n</graphml>\n")
    return out.bytes
  }

  private func writeNode(_ service: Service, to out: inout ByteWriter) {
    out.write("    <node id=\"")
    XMLText.write(service.id.rawValue, to: &out)
    out.write("\">\n")
    if !service.contacts.isEmpty {
      writeData(
        "node_contacts", service.contacts.map(\.description).joined(separator: "; "), to: &out)
    }
    if let description = service.description {
      writeData("node_description", description, to: &out)
    }
    writeData("node_kind", service.kind.rawValue, to: &out)
    writeData("node_lifecycle", service.lifecycle.rawValue, to: &out)
    writeData("node_name", service.name, to: &out)
    if let owner = service.owner { writeData("node_owner", owner, to: &out) }
    if !service.tags.isEmpty {
      writeData("node_tags", service.tags.joined(separator: ","), to: &out)
    }
    writeData("node_unit", service.unit.description, to: &out)
    if let url = service.url { writeData("node_url", url, to: &out) }
    if !service.versions.isEmpty {
      writeData(
        "node_versions", service.versions.map(\.version.description).joined(separator: ","),
        to: &out)
    }
    out.write("    </node>\n")
  }

  private func writeEdge(
    _ link: ExportLink, number: Int, of selection: ExportSelection, to out: inout ByteWriter
  ) {
    let facts = selection.link(link)
    out.write("    <edge id=\"e")
    out.write(number)
    out.write("\" source=\"")
    XMLText.write(selection.nodes[link.source].id.rawValue, to: &out)
    out.write("\" target=\"")
    XMLText.write(selection.targetID(of: link).rawValue, to: &out)
    out.write("\">\n")
    writeData("edge_cycle", link.inCycle ? "true" : "false", to: &out)
    if let kind = facts.kind { writeData("edge_kind", kind.rawValue, to: &out) }
    if let note = facts.note { writeData("edge_note", note, to: &out) }
    writeData("edge_range", facts.range.source, to: &out)
    out.write("    </edge>\n")
  }

  private func writeData(_ key: String, _ value: String, to out: inout ByteWriter) {
    out.write("      <data key=\"")
    out.write(key)
    out.write("\">")
    XMLText.write(value, to: &out)
    out.write("</data>\n")
  }
}
