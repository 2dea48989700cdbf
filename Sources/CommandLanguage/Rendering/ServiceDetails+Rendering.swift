import RegistryModel

extension ServiceDetails: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    switch selection {
    case .service: break
    case .version(let record):
      output.write(describe(record, style: style))
      return
    case .versions(let records):
      output.write(records.map { describe($0, style: style) }.joined(separator: "\n"))
      return
    }
    var text = "\(style.heading(service.id.rawValue))  \(service.name)\n"
    text += "  unit:        \(service.unit)" + (unitName.map { " (\($0))" } ?? "") + "\n"
    text += "  kind:        \(service.kind)\n"
    text += "  lifecycle:   \(style.lifecycle(service.lifecycle))\n"
    if let deprecation = service.deprecation {
      text += "  deprecated:  \(deprecation.summary)\n"
    }
    if let owner = service.owner {
      text += "  owner:       \(owner)" + (ownerUnitName.map { " (\($0))" } ?? "") + "\n"
    }
    for (index, contact) in service.contacts.enumerated() {
      text += (index == 0 ? "  contacts:    " : "               ") + "\(contact)\n"
    }
    if !service.tags.isEmpty { text += "  tags:        \(service.tags.joined(separator: ", "))\n" }
    if let url = service.url { text += "  url:         \(url)\n" }
    if let description = service.description { text += "  description: \(description)\n" }
    if let file { text += "  file:        \(file)\n" }
    if !service.versions.isEmpty {
      text += "  versions:\n"
      for record in service.versions {
        text += "    \(record.version)  \(style.lifecycle(record.lifecycle))"
        if let released = record.released { text += "  \(released)" }
        if let deprecation = record.deprecation { text += "  (\(deprecation.summary))" }
        text += "\n"
      }
    }
    if !links.isEmpty {
      text += "  depends on:\n"
      for state in links {
        let link = state.link
        text += "    \(style.id(link.target.rawValue))"
        if link.range.source != "*" { text += " \(link.range.source)" }
        if let kind = link.kind { text += " (\(kind))" }
        switch state.resolution {
        case .version(let version)?: text += " → \(version)"
        case .noVersionMatches?: text += " → no version matches"
        case .unversioned?: break
        case nil: text += style.error(" → missing")
        }
        text += "\n"
      }
    }
    if !dependents.isEmpty {
      text +=
        "  depended on by (\(dependents.count)): "
        + dependents.prefix(12).map(\.rawValue).joined(separator: ", ")
        + (dependents.count > 12 ? ", …" : "") + "\n"
    }
    output.write(text)
  }

  private func describe(_ record: ServiceVersion, style: Style) -> String {
    var text = "\(style.heading("\(service.id)@\(record.version)"))  \(service.name)\n"
    text += "  lifecycle: \(style.lifecycle(record.lifecycle))\n"
    if let released = record.released { text += "  released:  \(released)\n" }
    if let notes = record.notes { text += "  notes:     \(notes)\n" }
    if let deprecation = record.deprecation { text += "  deprecated: \(deprecation.summary)\n" }
    return text
  }

  var json: JSONValue {
    switch selection {
    case .service:
      return .object([("service", .service(service))])
    case .version(let record):
      return .object([("service", .string(service.id.rawValue)), ("version", .version(record))])
    case .versions(let records):
      return .object([
        ("service", .string(service.id.rawValue)),
        ("versions", .array(records.map(JSONValue.version))),
      ])
    }
  }
}

extension Deprecation {
  /// The reason, the replacement and the sunset, on one line.
  var summary: String {
    var parts = [reason]
    if let replacedBy { parts.append("replaced by \(replacedBy)") }
    if let sunset { parts.append("sunset \(sunset)") }
    return parts.joined(separator: "; ")
  }
}
