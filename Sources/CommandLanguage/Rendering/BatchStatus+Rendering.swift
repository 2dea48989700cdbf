import RegistryModel

extension BatchStatus: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    guard let commands, let difference else {
      output.write("no batch open; every change is written as it is made ('begin' opens one)\n")
      return
    }
    output.write(
      style.heading("batch open") + ": \(commands.count) change\(commands.count == 1 ? "" : "s"), "
        + "nothing written yet ('commit' writes them, 'rollback' drops them)\n")
    for (number, command) in commands.enumerated() {
      output.write(style.dim(String(number + 1).leftPadded(to: 4)) + "  \(command)\n")
    }
    let services = Set(
      difference.added.map(\.id) + difference.removed.map(\.id) + difference.changed.map(\.id)
        + difference.renamed.map(\.to))
    let units = difference.unitsAdded.count + difference.unitsChanged.count
    output.write(
      "commit would write \(services.count) service file\(services.count == 1 ? "" : "s")"
        + (units > 0 ? " and units.toml" : "") + "; 'diff --batch' shows the changes\n")
  }

  var json: JSONValue {
    guard let commands, let difference else { return .object([("batch", .bool(false))]) }
    return .object([
      ("batch", .bool(true)), ("commands", .array(commands.map(JSONValue.string))),
      ("added", .array(difference.added.map { .string($0.id.rawValue) })),
      ("removed", .array(difference.removed.map { .string($0.id.rawValue) })),
      ("changed", .array(difference.changed.map { .string($0.id.rawValue) })),
    ])
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
