extension ExportOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    switch written {
    case .document(let bytes): output.write(String(decoding: bytes, as: UTF8.self))
    case .files(let files):
      output.write(
        "wrote \(files.joined(separator: " and ")) (\(services) services, \(links) links)\n")
    }
  }

  var json: JSONValue {
    let counts: [(String, JSONValue)] = [("services", .int(services)), ("links", .int(links))]
    switch written {
    case .document(let bytes):
      return .object(
        [("format", .string(format.rawValue))] + counts
          + [("content", .string(String(decoding: bytes, as: UTF8.self)))])
    case .files(let files):
      return .object(
        [
          ("ok", true), ("command", "export"), ("format", .string(format.rawValue)),
          ("files", .array(files.map(JSONValue.string))),
        ] + counts)
    }
  }
}
