import RegistryModel

/// Writes an export as two RFC 4180 CSV files, `services.csv` and `links.csv`, in UTF-8 with
/// CRLF line ends, a header row, and cells a spreadsheet would run as formulas neutralised
/// (see `CSVCell`). Importing them into an empty registry gives back the same registry.
///
/// `services.csv` has the columns of `ServiceColumn.exported`; `contacts`, `tags` and
/// `unit_aliases` are `;`-joined
/// and `versions` is `;`-joined `version:lifecycle:released:notes:reason:replaced-by:sunset`
/// with empty trailing fields left out, every item encoded by `ListCoding`. `links.csv` has
/// `from,to,range,kind,note`. O(V + E).
public struct CSVExporter: Sendable {
  /// Creates an exporter.
  public init() {}

  /// The two files of `selection`.
  public func export(_ selection: ExportSelection) -> CSVFiles {
    let units = Dictionary(uniqueKeysWithValues: selection.units.map { ($0.path, $0) })
    var services = ByteWriter(reserving: selection.nodes.count * 200)
    CSVCell.writeRecord(ServiceColumn.exported.map(\.rawValue), to: &services)
    for service in selection.nodes {
      let unit = units[service.unit]
      let deprecation = service.deprecation
      let cells = [
        service.id.rawValue, service.name, service.unit.description, unit?.name ?? "",
        unit?.level.rawValue ?? "", ListCoding.joined(unit?.aliases ?? []),
        service.kind.rawValue, service.lifecycle.rawValue, service.owner ?? "",
        ListCoding.joined(service.contacts.map(\.description)), ListCoding.joined(service.tags),
        service.url ?? "", service.description ?? "", Self.versionsCell(service.versions),
        deprecation?.reason ?? "", deprecation?.replacedBy?.description ?? "",
        deprecation?.sunset?.description ?? "",
      ]
      CSVCell.writeRecord(cells, to: &services)
    }
    var links = ByteWriter(reserving: selection.links.count * 40)
    CSVCell.writeRecord(LinkColumn.allCases.map(\.rawValue), to: &links)
    for link in selection.links {
      let facts = selection.link(link)
      CSVCell.write(selection.nodes[link.source].id.rawValue, to: &links)
      links.write(byte: UInt8(ascii: ","))
      CSVCell.write(selection.targetID(of: link).rawValue, to: &links)
      links.write(byte: UInt8(ascii: ","))
      CSVCell.write(facts.range.source == "*" ? "" : facts.range.source, to: &links)
      links.write(byte: UInt8(ascii: ","))
      CSVCell.write(facts.kind?.rawValue ?? "", to: &links)
      links.write(byte: UInt8(ascii: ","))
      CSVCell.write(facts.note ?? "", to: &links)
      links.write("\r\n")
    }
    return CSVFiles(services: services.bytes, links: links.bytes)
  }

  /// The `versions` cell: each version's fields encoded and `:`-joined, trailing empty fields
  /// after the lifecycle left out, versions `;`-joined newest first.
  static func versionsCell(_ versions: [ServiceVersion]) -> String {
    versions.map { record in
      var fields = [
        record.version.description, record.lifecycle.rawValue,
        record.released?.description ?? "", record.notes ?? "",
        record.deprecation?.reason ?? "", record.deprecation?.replacedBy?.description ?? "",
        record.deprecation?.sunset?.description ?? "",
      ]
      while fields.count > 2, fields.last!.isEmpty { fields.removeLast() }
      return fields.map(ListCoding.encoded).joined(separator: ":")
    }.joined(separator: ";")
  }
}
