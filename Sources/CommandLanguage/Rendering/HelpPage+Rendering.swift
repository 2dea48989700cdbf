extension HelpPage: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    if let command {
      output.write(text(for: command, style: style))
      return
    }
    var text = "\(style.heading("svcreg")): a shell for a service registry kept as plain files.\n"
    for group in CommandSpec.Group.allCases {
      let commands = table.commands.filter { $0.group == group }
      guard !commands.isEmpty else { continue }
      text += "\n\(style.heading(group.rawValue))\n"
      let width = commands.map(\.name.count).max() ?? 0
      for command in commands {
        text +=
          "  \(command.name)" + String(repeating: " ", count: width - command.name.count + 2)
          + command.summary + "\n"
      }
    }
    text +=
      "\nEvery command takes --json. 'help COMMAND' (or 'COMMAND --help') shows its options.\n"
    text += "\n\(style.heading("starting svcreg"))\n" + Launch.usage + "\n"
    text += "options before the command:\n"
    text += Launch.globalOptions.map { "  \($0.0)\($0.1)\n" }.joined()
    text +=
      "environment: SVCREG_REGISTRY, SVCREG_ACTOR, SVCREG_HISTORY, SVCREG_TODAY "
      + "(YYYY-MM-DD, for reproducible sunsets), NO_COLOR\n"
    output.write(text)
  }

  private func text(for command: CommandSpec, style: Style) -> String {
    var text = "\(style.heading("usage:")) \(command.usage)\n\n\(command.summary)\n"
    if !command.details.isEmpty { text += "\n\(command.details)\n" }
    if !command.options.isEmpty {
      text += "\n\(style.heading("options:"))\n"
      let shown = command.options.map { option in
        (
          option.value == nil ? "--\(option.name)" : "--\(option.name) \(option.placeholder)",
          option
        )
      }
      let width = shown.map(\.0.count).max() ?? 0
      for (label, option) in shown {
        text +=
          "  \(label)" + String(repeating: " ", count: width - label.count + 2) + option.help
          + (option.required ? " (required)" : "") + (option.repeatable ? " (repeatable)" : "")
          + "\n"
      }
    }
    if !command.examples.isEmpty {
      text += "\n\(style.heading("examples:"))\n"
      for example in command.examples { text += "  \(example)\n" }
    }
    return text
  }

  var json: JSONValue {
    if let command { return HelpPage.json(for: command) }
    return .object([("commands", .array(table.commands.map(HelpPage.json)))])
  }

  private static func json(for command: CommandSpec) -> JSONValue {
    .object([
      ("name", .string(command.name)), ("summary", .string(command.summary)),
      ("usage", .string(command.usage)),
      (
        "options",
        .array(
          command.options.map {
            .object([
              ("name", .string($0.name)), ("takesValue", .bool($0.value != nil)),
              ("required", .bool($0.required)), ("repeatable", .bool($0.repeatable)),
              ("help", .string($0.help)),
            ])
          })
      ),
    ])
  }
}
