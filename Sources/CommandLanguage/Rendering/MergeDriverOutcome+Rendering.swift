extension MergeDriverOutcome: CommandOutcome {
  /// Nothing on standard output: git shows what a driver says, and a clean merge says nothing.
  func write(to output: inout TextOutput) throws(CommandError) {}

  var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("path", .string(path)), ("conflicts", .array(conflicts.map(JSONValue.string))),
    ]
    if let lineMergeConflicts { pairs.append(("lineMergeConflicts", .int(lineMergeConflicts))) }
    return .object(pairs)
  }

  func notes(style: Style) -> String {
    if let lineMergeConflicts {
      let reason = "a version of it does not parse, so git's line merge was used"
      return lineMergeConflicts == 0
        ? "" : style.warning("svcreg merge: \(path): \(reason); left as a conflict") + "\n"
    }
    guard !conflicts.isEmpty else { return "" }
    return style.warning(
      "svcreg merge: \(path): both sides changed "
        + conflicts.joined(separator: ", ")
        + "; left as a conflict between the markers (the rest is merged)") + "\n"
  }

  var exitStatus: Int32 { conflicts.isEmpty && (lineMergeConflicts ?? 0) == 0 ? 0 : 1 }
}
