import DependencyGraph
import RegistryModel

extension RegistryDiffReport: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    switch format {
    case .json: output.write(json.text + "\n")
    case .markdown: output.write(markdown)
    case .text: writeText(to: &output)
    }
  }

  /// The counts line both text and Markdown start with.
  private var summary: String {
    let d = difference
    var parts: [String] = []
    for (count, word) in [
      (d.added.count, "added"), (d.removed.count, "removed"), (d.renamed.count, "renamed"),
      (d.changed.count, "changed"),
    ] where count > 0 {
      parts.append("\(count) \(word)")
    }
    let services =
      parts.isEmpty ? "no service changed" : "services: " + parts.joined(separator: ", ")
    let unitCount = d.unitsAdded.count + d.unitsRemoved.count + d.unitsChanged.count
    let units = unitCount == 0 ? "" : "; units: \(unitCount) changed"
    return "\(services)\(units); findings: \(introduced.count) introduced, "
      + "\(resolved.count) resolved"
  }

  private func writeText(to output: inout TextOutput) {
    let style = output.style
    output.write(style.heading("\(from) → \(to)") + ": \(summary)\n")
    let d = difference
    for service in d.added {
      output.write(
        style.ok("+ \(service.id)") + "  \(service.unit)  \(service.name) (\(service.kind))\n")
    }
    for service in d.removed {
      output.write(style.error("- \(service.id)") + "  \(service.unit)  \(service.name)\n")
    }
    for renaming in d.renamed {
      output.write(style.warning("~ \(renaming.from) → \(renaming.to)") + "  id changed\n")
    }
    for service in d.changed {
      output.write(style.warning("~ \(service.id)") + "\n")
      for change in service.changes { output.write("    \(change.summary)\n") }
    }
    for unit in d.unitsAdded {
      output.write(style.ok("+ unit \(unit.path)") + "  \(unit.name) (\(unit.level))\n")
    }
    for unit in d.unitsRemoved {
      output.write(style.error("- unit \(unit.path)") + "  \(unit.name)\n")
    }
    for change in d.unitsChanged {
      output.write(style.warning("~ unit \(change.after.path)") + "  \(change.summary)\n")
    }
    for (title, findings) in [("introduced", introduced), ("resolved", resolved)]
    where !findings.isEmpty {
      output.write(style.heading("findings \(title):") + "\n")
      for finding in findings {
        let mark = finding.severity == .error ? style.error("error") : style.warning("warning")
        output.write("  \(mark) [\(finding.code)] \(finding.message)\n")
      }
    }
  }

  /// The report as Markdown for a pull-request comment: findings first, then tables.
  var markdown: String {
    let d = difference
    var text = "### svcreg: `\(Markdown.code(from))` → `\(Markdown.code(to))`\n\n"
    text += "\(Markdown.text(summary))\n"
    for (title, findings) in [("introduced", introduced), ("resolved", resolved)]
    where !findings.isEmpty {
      text += "\n#### Findings \(title)\n\n"
      for finding in findings {
        text +=
          "- **\(finding.severity)** `\(finding.code)`: \(Markdown.text(finding.message))\n"
      }
    }
    if !d.added.isEmpty {
      text += "\n#### Services added\n\n| Service | Unit | Name | Kind |\n|---|---|---|---|\n"
      for service in d.added {
        text +=
          "| `\(Markdown.code(service.id.rawValue))` | `\(Markdown.code(service.unit.description))` "
          + "| \(Markdown.cell(service.name)) | \(service.kind) |\n"
      }
    }
    if !d.removed.isEmpty {
      text += "\n#### Services removed\n\n| Service | Unit | Name |\n|---|---|---|\n"
      for service in d.removed {
        text +=
          "| `\(Markdown.code(service.id.rawValue))` | `\(Markdown.code(service.unit.description))` "
          + "| \(Markdown.cell(service.name)) |\n"
      }
    }
    if !d.renamed.isEmpty {
      text += "\n#### Services renamed\n\n"
      for renaming in d.renamed {
        text += "- `\(renaming.from)` → `\(renaming.to)`\n"
      }
    }
    if !d.changed.isEmpty {
      text += "\n#### Services changed\n\n"
      for service in d.changed {
        text += "- `\(service.id)`\n"
        for change in service.changes { text += "  - \(Markdown.text(change.summary))\n" }
      }
    }
    if !(d.unitsAdded.isEmpty && d.unitsRemoved.isEmpty && d.unitsChanged.isEmpty) {
      text += "\n#### Units\n\n"
      for unit in d.unitsAdded {
        text += "- added `\(Markdown.code(unit.path.description))`: \(Markdown.text(unit.name))\n"
      }
      for unit in d.unitsRemoved {
        text += "- removed `\(Markdown.code(unit.path.description))`: \(Markdown.text(unit.name))\n"
      }
      for change in d.unitsChanged {
        text +=
          "- changed `\(Markdown.code(change.after.path.description))`: "
          + "\(Markdown.text(change.summary))\n"
      }
    }
    return text
  }

  var json: JSONValue {
    let d = difference
    func service(_ service: Service) -> JSONValue {
      .object([
        ("id", .string(service.id.rawValue)), ("unit", .string(service.unit.description)),
        ("name", .string(service.name)), ("kind", .string(service.kind.description)),
        ("lifecycle", .string(service.lifecycle.rawValue)),
      ])
    }
    func unit(_ unit: Unit) -> JSONValue {
      .object([
        ("path", .string(unit.path.description)), ("name", .string(unit.name)),
        ("level", .string(unit.level.rawValue)),
      ])
    }
    return .object([
      ("from", .string(from)), ("to", .string(to)),
      ("added", .array(d.added.map(service))), ("removed", .array(d.removed.map(service))),
      (
        "renamed",
        .array(
          d.renamed.map {
            .object([("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))])
          })
      ),
      (
        "changed",
        .array(
          d.changed.map { service in
            .object([
              ("id", .string(service.id.rawValue)),
              ("changes", .array(service.changes.map(\.json))),
            ])
          })
      ),
      (
        "units",
        .object([
          ("added", .array(d.unitsAdded.map(unit))),
          ("removed", .array(d.unitsRemoved.map(unit))),
          (
            "changed",
            .array(
              d.unitsChanged.map {
                .object([("before", unit($0.before)), ("after", unit($0.after))])
              })
          ),
        ])
      ),
      (
        "findings",
        .object([
          ("introduced", .array(introduced.map(JSONValue.finding))),
          ("resolved", .array(resolved.map(JSONValue.finding))),
        ])
      ),
    ])
  }
}

extension ServiceChange {
  /// The change in a line, such as `link to sso added (^2, api)`.
  var summary: String {
    switch self {
    case .moved(let from, let to): return "moved from \(from) to \(to)"
    case .field(let name, let before, let after):
      switch (before, after) {
      case (nil, let after?): return "\(name) set to \(quoted(after))"
      case (let before?, nil): return "\(name) cleared (was \(quoted(before)))"
      default: return "\(name) \(quoted(before ?? "")) → \(quoted(after ?? ""))"
      }
    case .lifecycle(let from, let to): return "lifecycle \(from) → \(to)"
    case .deprecation(_, let after?): return "deprecated: \(after.summary)"
    case .deprecation(let before?, nil): return "no longer deprecated (was: \(before.summary))"
    case .deprecation: return "deprecation changed"
    case .versionAdded(let version):
      return "version \(version.version) added (\(version.lifecycle))"
    case .versionRemoved(let version): return "version \(version.version) removed"
    case .versionChanged(let before, let after):
      var parts: [String] = []
      if before.lifecycle != after.lifecycle {
        parts.append("lifecycle \(before.lifecycle) → \(after.lifecycle)")
      }
      if before.released != after.released {
        parts.append("released \(after.released.map { "\($0)" } ?? "unset")")
      }
      if before.deprecation != after.deprecation {
        parts.append(
          after.deprecation.map { "deprecated: \($0.summary)" } ?? "no longer deprecated")
      }
      if before.notes != after.notes { parts.append("notes changed") }
      return "version \(after.version): " + parts.joined(separator: "; ")
    case .linkAdded(let link): return "link to \(link.target) added (\(link.terms.summary))"
    case .linkRemoved(let link): return "link to \(link.target) removed (was \(link.terms.summary))"
    case .linkChanged(let before, let after):
      return "link to \(after.target): \(before.terms.summary) → \(after.terms.summary)"
    }
  }

  /// The change as JSON: what changed, with its before and after.
  var json: JSONValue {
    func link(_ link: Link) -> JSONValue {
      var pairs: [(String, JSONValue)] = [
        ("to", .string(link.target.rawValue)), ("range", .string(link.range.source)),
      ]
      if let kind = link.kind { pairs.append(("kind", .string(kind.description))) }
      if let note = link.note { pairs.append(("note", .string(note))) }
      return .object(pairs)
    }
    func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    switch self {
    case .moved(let from, let to):
      return .object([
        ("change", .string("moved")), ("from", .string(from.description)),
        ("to", .string(to.description)),
      ])
    case .field(let name, let before, let after):
      return .object([
        ("change", .string("field")), ("field", .string(name)), ("before", optional(before)),
        ("after", optional(after)),
      ])
    case .lifecycle(let from, let to):
      return .object([
        ("change", .string("lifecycle")), ("from", .string(from.rawValue)),
        ("to", .string(to.rawValue)),
      ])
    case .deprecation(let before, let after):
      return .object([
        ("change", .string("deprecation")), ("before", optional(before?.summary)),
        ("after", optional(after?.summary)),
      ])
    case .versionAdded(let version):
      return .object([
        ("change", .string("version-added")), ("version", .string(version.version.description)),
      ])
    case .versionRemoved(let version):
      return .object([
        ("change", .string("version-removed")),
        ("version", .string(version.version.description)),
      ])
    case .versionChanged(_, let after):
      return .object([
        ("change", .string("version-changed")), ("version", .string(after.version.description)),
        ("summary", .string(summary)),
      ])
    case .linkAdded(let added):
      return .object([("change", .string("link-added")), ("link", link(added))])
    case .linkRemoved(let removed):
      return .object([("change", .string("link-removed")), ("link", link(removed))])
    case .linkChanged(let before, let after):
      return .object([
        ("change", .string("link-changed")), ("before", link(before)), ("after", link(after)),
      ])
    }
  }

  private func quoted(_ text: String) -> String { "\"\(text)\"" }
}

extension RegistryDifference.UnitChange {
  /// What changed in the unit, in a line.
  var summary: String {
    var parts: [String] = []
    if before.name != after.name { parts.append("name \"\(before.name)\" → \"\(after.name)\"") }
    if before.level != after.level { parts.append("level \(before.level) → \(after.level)") }
    if before.aliases != after.aliases {
      parts.append(
        "aliases: \(after.aliases.isEmpty ? "none" : after.aliases.joined(separator: ", "))")
    }
    return parts.joined(separator: "; ")
  }
}

extension LinkTerms {
  /// The link's range, kind and note in a few words.
  var summary: String {
    var parts = [range.source]
    if let kind { parts.append(kind.description) }
    if let note { parts.append("\"\(note)\"") }
    return parts.joined(separator: ", ")
  }
}
