import DependencyGraph
import RegistryModel

extension ChangeOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    let text: String
    switch change {
    case .registered(let id, let unit): text = "registered \(style.id(id.rawValue)) in \(unit)"
    case .updated(let id, let from, let to):
      let note = from.flatMap { from in to.map { " (moved from \(from) to \($0))" } } ?? ""
      text = "updated \(style.id(id.rawValue))\(note)"
    case .addedVersion(let id, let version): text = "added \(style.id(id.rawValue))@\(version)"
    case .linked(let from, let to, let range):
      let shown = range.source == "*" ? "" : " \(range.source)"
      text = "linked \(style.id(from.rawValue)) -> \(style.id(to.rawValue))\(shown)"
    case .unlinked(let from, let to):
      text = "unlinked \(style.id(from.rawValue)) -> \(style.id(to.rawValue))"
    case .addedUnit(let path, let name): text = "added unit \(path) (\(name))"
    case .deprecated(let reference): text = "deprecated \(style.id(reference.description))"
    case .undeprecated(let reference): text = "undeprecated \(style.id(reference.description))"
    case .retired(let reference): text = "retired \(style.id(reference.description))"
    case .unretired(let reference): text = "unretired \(style.id(reference.description))"
    case .deleted(let id): text = "deleted \(style.id(id.rawValue))"
    case .edited(let id, let changed):
      text = changed ? "edited \(style.id(id.rawValue))" : "no change to \(style.id(id.rawValue))"
    }
    output.write(text + (inBatch ? style.dim(" (in batch)") : "") + "\n")
    if let lockDelta { output.write(lockDelta.text(style: style)) }
  }

  var json: JSONValue {
    .object([
      ("ok", true), ("command", .string(command)),
      ("ids", .array(ids.map { .string($0.rawValue) })), ("batch", .bool(inBatch)),
    ])
  }

  func notes(style: Style) -> String {
    warnings.map { style.warning("warning: \($0)") + "\n" }.joined()
  }
}

extension LockDelta {
  /// The delta as lines to print after the change's own.
  func text(style: Style) -> String {
    var text = "locks: \(introduced.count) introduced, \(resolved.count) resolved\n"
    func list(_ findings: [Finding], _ mark: String) {
      for finding in findings.prefix(10) {
        let label = "\(finding.severity) \(finding.code)"
        text +=
          "  \(mark) "
          + (finding.severity == .error ? style.error(label) : style.warning(label))
          + ": \(finding.message)\n"
      }
      if findings.count > 10 { text += "  \(mark) … and \(findings.count - 10) more\n" }
    }
    list(introduced, "+")
    list(resolved, "-")
    return text
  }
}
