/// `help` and `help COMMAND`, written from the command table.
extension Session {
  func help(_ invocation: Invocation) throws(CommandError) -> Reply {
    if let name = invocation.argument(0) {
      guard let command = table.command(named: name) else {
        let suggestion = InvocationParser.closest(to: name, among: table.commands.map(\.name))
        throw .usage(
          "no command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), column: 0,
          command: nil)
      }
      return Reply(text: helpText(for: command), json: helpJSON(for: command))
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
    return Reply(text: text, json: .object([("commands", .array(table.commands.map(helpJSON)))]))
  }

  private func helpText(for command: CommandSpec) -> String {
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

  private func helpJSON(for command: CommandSpec) -> JSONValue {
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
