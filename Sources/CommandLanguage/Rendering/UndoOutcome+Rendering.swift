extension UndoOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    for command in commands { output.write("undid \(command)\n") }
  }

  var json: JSONValue {
    .object([("ok", true), ("undone", .array(commands.map(JSONValue.string)))])
  }
}
