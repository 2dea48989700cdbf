extension ScriptRun: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    output.write(self.output)
  }

  var json: JSONValue { .object([("ok", .bool(status == 0))]) }

  func notes(style: Style) -> String { errors }

  var exitStatus: Int32 { status }
}

extension RegistryInitialised: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    if let name {
      output.write("created registry '\(name)' in \(path)\n")
    } else if addedGitAttributes.isEmpty && configuredMergeDriver == nil {
      output.write("\(path) is already a registry; nothing to add\n")
    } else if !addedGitAttributes.isEmpty {
      output.write(
        "\(path) is already a registry; added to .gitattributes: "
          + addedGitAttributes.joined(separator: ", ") + "\n")
    } else {
      output.write("\(path) is already a registry\n")
    }
    if let configuredMergeDriver {
      output.write("set git's merge driver for registry files: \(configuredMergeDriver)\n")
    }
  }

  var json: JSONValue {
    var pairs: [(String, JSONValue)] = [("ok", true), ("path", .string(path))]
    if let name {
      pairs.append(("name", .string(name)))
    } else {
      pairs.append(("existing", true))
      pairs.append(("gitattributes", .array(addedGitAttributes.map(JSONValue.string))))
    }
    if let configuredMergeDriver { pairs.append(("mergeDriver", .string(configuredMergeDriver))) }
    return .object(pairs)
  }
}

extension FormatOutcome: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    if rewritten {
      output.write(shownFiles.map { "rewrote \($0)\n" }.joined())
    } else if files.isEmpty && broken.isEmpty {
      output.write("every file is in canonical form\n")
    } else {
      output.write(shownFiles.map { "not canonical: \($0)\n" }.joined())
    }
  }

  var json: JSONValue {
    .object([
      ("canonical", .bool(files.isEmpty && broken.isEmpty)),
      ("files", .array(files.map(JSONValue.string))),
      ("broken", .array(broken.map { .string($0.path) })), ("rewritten", .bool(rewritten)),
    ])
  }

  func notes(style: Style) -> String { broken.map { "\($0.error)\n" }.joined() }

  var exitStatus: Int32 { broken.isEmpty && (rewritten || files.isEmpty) ? 0 : 1 }
}

extension PagerSetting: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    output.write(
      paging
        ? "pager on: output taller than the screen is paged\n"
        : "pager off: output is printed straight to the screen\n")
  }

  var json: JSONValue { .object([("ok", true), ("pager", .bool(paging))]) }
}
