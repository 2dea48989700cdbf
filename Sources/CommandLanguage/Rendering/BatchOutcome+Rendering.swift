extension BatchOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    switch self {
    case .begun: output.write("batch started: changes land together at 'commit'\n")
    case .committed(let count, let delta):
      output.write("committed: \(count) service\(count == 1 ? "" : "s") written\n")
      if let delta { output.write(delta.text(style: output.style)) }
    case .rolledBack(let count):
      output.write("rolled back: \(count) change\(count == 1 ? "" : "s") dropped\n")
    case .leaving: break
    }
  }

  var json: JSONValue {
    switch self {
    case .begun: .object([("ok", true), ("batch", "open")])
    case .committed(let count, _): .object([("ok", true), ("written", .int(count))])
    case .rolledBack(let count): .object([("ok", true), ("dropped", .int(count))])
    case .leaving: .object([("ok", true)])
    }
  }

  var quits: Bool {
    if case .leaving = self { return true }
    return false
  }
}
