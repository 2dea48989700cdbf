import RegistryModel

/// Writes an export as one JSON document, one node or link per line so that diffs stay small:
///
/// `{"nodes":[{"id","name","unit","kind","lifecycle","owner","contacts":[{"name","email",
/// "phone"}],"tags","url","description","versions":
/// [{"version","lifecycle","released","notes","deprecation"}],"deprecation"}],"links":[{"from",
/// "to","range","kind","note","cycle"}]}`
///
/// Keys always appear, in that order, with `null` for absent facts; a deprecation is
/// `{"reason","replacedBy","sunset"}`. O(V + E).
public struct JSONExporter: Sendable {
  /// Creates an exporter.
  public init() {}

  /// The JSON text of `selection`, as UTF-8 bytes ending in a newline.
  public func export(_ selection: ExportSelection) -> [UInt8] {
    var out = ByteWriter(reserving: selection.nodes.count * 400 + selection.links.count * 80)
    out.write("{\"nodes\":[\n")
    for (index, service) in selection.nodes.enumerated() {
      if index > 0 { out.write(",\n") }
      writeNode(service, to: &out)
    }
    out.write("\n],\"links\":[\n")
    for (index, link) in selection.links.enumerated() {
      if index > 0 { out.write(",\n") }
      let facts = selection.link(link)
      out.write("{\"from\":")
      JSONString.writeQuoted(selection.nodes[link.source].id.rawValue, to: &out)
      out.write(",\"to\":")
      JSONString.writeQuoted(selection.targetID(of: link).rawValue, to: &out)
      out.write(",\"range\":")
      JSONString.writeQuoted(facts.range.source, to: &out)
      out.write(",\"kind\":")
      JSONString.writeOptional(facts.kind?.rawValue, to: &out)
      out.write(",\"note\":")
      JSONString.writeOptional(facts.note, to: &out)
      out.write(link.inCycle ? ",\"cycle\":true}" : ",\"cycle\":false}")
    }
    out.write("\n]}\n")
    return out.bytes
  }

  private func writeNode(_ service: Service, to out: inout ByteWriter) {
    out.write("{\"id\":")
    JSONString.writeQuoted(service.id.rawValue, to: &out)
    out.write(",\"name\":")
    JSONString.writeQuoted(service.name, to: &out)
    out.write(",\"unit\":")
    JSONString.writeQuoted(service.unit.description, to: &out)
    out.write(",\"kind\":")
    JSONString.writeQuoted(service.kind.rawValue, to: &out)
    out.write(",\"lifecycle\":")
    JSONString.writeQuoted(service.lifecycle.rawValue, to: &out)
    out.write(",\"owner\":")
    JSONString.writeOptional(service.owner, to: &out)
    out.write(",\"contacts\":[")
    for (index, contact) in service.contacts.enumerated() {
      if index > 0 { out.write(byte: UInt8(ascii: ",")) }
      out.write("{\"name\":")
      JSONString.writeOptional(contact.name, to: &out)
      out.write(",\"email\":")
      JSONString.writeOptional(contact.email, to: &out)
      out.write(",\"phone\":")
      JSONString.writeOptional(contact.phone, to: &out)
      out.write(byte: UInt8(ascii: "}"))
    }
    out.write("],\"tags\":[")
    for (index, tag) in service.tags.enumerated() {
      if index > 0 { out.write(byte: UInt8(ascii: ",")) }
      JSONString.writeQuoted(tag, to: &out)
    }
    out.write("],\"url\":")
    JSONString.writeOptional(service.url, to: &out)
    out.write(",\"description\":")
    JSONString.writeOptional(service.description, to: &out)
    out.write(",\"versions\":[")
    for (index, record) in service.versions.enumerated() {
      if index > 0 { out.write(byte: UInt8(ascii: ",")) }
      out.write("{\"version\":")
      JSONString.writeQuoted(record.version.description, to: &out)
      out.write(",\"lifecycle\":")
      JSONString.writeQuoted(record.lifecycle.rawValue, to: &out)
      out.write(",\"released\":")
      JSONString.writeOptional(record.released?.description, to: &out)
      out.write(",\"notes\":")
      JSONString.writeOptional(record.notes, to: &out)
      out.write(",\"deprecation\":")
      writeDeprecation(record.deprecation, to: &out)
      out.write("}")
    }
    out.write("],\"deprecation\":")
    writeDeprecation(service.deprecation, to: &out)
    out.write("}")
  }

  private func writeDeprecation(_ deprecation: Deprecation?, to out: inout ByteWriter) {
    guard let deprecation else {
      out.write("null")
      return
    }
    out.write("{\"reason\":")
    JSONString.writeQuoted(deprecation.reason, to: &out)
    out.write(",\"replacedBy\":")
    JSONString.writeOptional(deprecation.replacedBy?.description, to: &out)
    out.write(",\"sunset\":")
    JSONString.writeOptional(deprecation.sunset?.description, to: &out)
    out.write("}")
  }
}
