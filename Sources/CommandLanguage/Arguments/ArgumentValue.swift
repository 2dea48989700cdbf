/// A value a command line can give, which knows how to parse itself from one word with an
/// error that says what is allowed, as argument-parser's `ExpressibleByArgument` does.
protocol ArgumentValue {
  /// The value a word names; fails with the command's error when the word is not one.
  init(argument: String) throws(CommandError)
}

extension Invocation {
  /// The positional argument at `index`, parsed; `nil` when it was left out.
  func argument<Value: ArgumentValue>(_ index: Int, as type: Value.Type) throws(CommandError)
    -> Value?
  {
    try argument(index).map { (word) throws(CommandError) in try Value(argument: word) }
  }

  /// The positional argument at `index`, parsed, where the table makes it required.
  func required<Value: ArgumentValue>(_ index: Int, as type: Value.Type) throws(CommandError)
    -> Value
  {
    guard let word = argument(index) else {
      throw .usage("missing argument \(index + 1)", column: 0, command: command.name)
    }
    return try Value(argument: word)
  }

  /// The last value of option `name`, parsed; `nil` when it was not given.
  func value<Value: ArgumentValue>(_ name: String, as type: Value.Type) throws(CommandError)
    -> Value?
  {
    do {
      return try value(name).map { (word) throws(CommandError) in try Value(argument: word) }
    } catch .usage(let message, let column, nil) {
      // The value's own error knows no command; the usage hint should name this one.
      throw .usage(message, column: column, command: command.name)
    }
  }

  /// Every value of the repeatable option `name`, parsed, in order.
  func allValues<Value: ArgumentValue>(_ name: String, as type: Value.Type) throws(CommandError)
    -> [Value]
  {
    var values: [Value] = []
    for word in allValues(name) { values.append(try Value(argument: word)) }
    return values
  }

  /// The value of an option that takes free text, where an empty text means "none".
  func text(_ name: String) -> String? {
    guard let text = value(name), !text.isEmpty else { return nil }
    return text
  }

  /// For an option that can remove a field with `''`: `nil` when not given, `.some(nil)` to
  /// remove, `.some(text)` to set.
  func clearableText(_ name: String) -> String?? {
    values[name] == nil ? nil : .some(text(name))
  }
}
