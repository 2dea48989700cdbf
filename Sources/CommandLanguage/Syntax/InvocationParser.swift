/// Checks words against the command table: knows every command, option and argument count, and
/// says precisely what is wrong, with the column and a suggestion.
public struct InvocationParser: Sendable {
  /// The table parsed against.
  public let table: CommandTable

  /// Creates a parser over `table`.
  public init(table: CommandTable = .standard) { self.table = table }

  /// Parses a tokenized line whose first word is the command; O(words × options).
  public func parse(_ tokens: [Token]) throws(CommandError) -> Invocation {
    guard let first = tokens.first else {
      throw .usage("no command given", column: 0, command: nil)
    }
    guard let command = table.command(named: first.text) else {
      let suggestion = InvocationParser.closest(to: first.text, among: table.commands.map(\.name))
      throw .usage(
        "unknown command '\(first.text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
        column: first.column, command: nil)
    }
    // `COMMAND --help` is `help COMMAND`, as every command-line tool has taught its users.
    let asksForHelp = tokens.dropFirst().contains { token in
      (token.text == "--help" && command.option(named: "help") == nil)
        || (token.text == "-h" && command.option(named: "h") == nil)
    }
    if asksForHelp, let help = table.command(named: "help") {
      return Invocation(
        command: help, arguments: [command.name], values: [:], flags: [],
        words: tokens.map(\.text))
    }
    var invocation = Invocation(
      command: command, arguments: [], values: [:], flags: [], words: tokens.map(\.text))
    var index = 1
    var optionsEnded = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      let text = token.text
      guard !optionsEnded, text.count > 1, text.hasPrefix("-") else {
        invocation.arguments.append(text)
        continue
      }
      if text == "--" {
        optionsEnded = true
        continue
      }
      var name = text.hasPrefix("--") ? String(text.dropFirst(2)) : String(text.dropFirst())
      var inlineValue: String?
      if let equals = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      guard let option = command.option(named: name) else {
        let names = command.options.map(\.name)
        let suggestion = InvocationParser.closest(to: name, among: names)
        throw .usage(
          "'\(command.name)' has no option '\(text)'"
            + (suggestion.map { "; did you mean '--\($0)'?" } ?? ""),
          column: token.column, command: command.name)
      }
      guard option.value != nil else {
        if inlineValue != nil {
          throw .usage(
            "--\(option.name) takes no value", column: token.column, command: command.name)
        }
        invocation.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < tokens.count else {
          throw .usage(
            "--\(option.name) needs a value (\(option.placeholder))", column: token.column,
            command: command.name)
        }
        value = tokens[index].text
        index += 1
      }
      if !option.repeatable, invocation.values[option.name] != nil {
        throw .usage(
          "--\(option.name) is given twice; it takes one value", column: token.column,
          command: command.name)
      }
      invocation.values[option.name, default: []].append(value)
    }
    try checkCounts(of: invocation, tokens: tokens)
    return invocation
  }

  private func checkCounts(of invocation: Invocation, tokens: [Token]) throws(CommandError) {
    let command = invocation.command
    let required = command.arguments.filter { !$0.optional }.count
    let variadic = command.arguments.contains { $0.variadic }
    if invocation.arguments.count < required {
      let missing = command.arguments[invocation.arguments.count]
      throw .usage(
        "missing \(missing.name); usage: \(command.usage)", column: 0, command: command.name)
    }
    if !variadic, invocation.arguments.count > command.arguments.count {
      let extra = invocation.arguments[command.arguments.count]
      let column = tokens.first { $0.text == extra && $0.column > 1 }?.column ?? 0
      throw .usage(
        "unexpected argument '\(extra)'; usage: \(command.usage)", column: column,
        command: command.name)
    }
    for option in command.options where option.required && invocation.values[option.name] == nil {
      throw .usage(
        "missing --\(option.name) \(option.placeholder); usage: \(command.usage)", column: 0,
        command: command.name)
    }
  }

  /// The candidate closest to `word` by edit distance, when close enough to be a typo.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word)
    let length = target.count
    let allowed = max(1, length / 3)
    var rows = DistanceRows()
    var best: (name: String, distance: Int)? = nil
    for candidate in candidates {
      // The edit distance is at least the difference in length, so a candidate too short or
      // too long is never within reach: a pasted line of garbage costs one comparison per
      // name, not a table of its length times each name's.
      // A character takes one to four bytes: names whose byte count puts them out of reach
      // are skipped before they are split into characters, the costly part.
      let bytes = candidate.utf8.count
      guard bytes >= length - allowed, (bytes + 3) / 4 <= length + allowed else { continue }
      let other = Array(candidate)
      guard abs(other.count - length) <= allowed else { continue }
      // Only a closer name can replace the best one (the first of equals wins), so a
      // comparison stops as soon as it cannot come under the best distance so far.
      let limit = min(allowed, (best?.distance ?? allowed + 1) - 1)
      let distance = rows.distance(target, other, atMost: limit)
      if distance <= limit { best = (candidate, distance) }
      if best?.distance == 0 { break }
    }
    guard let best else {
      return candidates.first { $0.hasPrefix(word) && !word.isEmpty }
    }
    return best.name
  }
}
