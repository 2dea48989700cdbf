/// One command of the language, as data: its words, its options and its help.
public struct CommandSpec: Sendable, Hashable {
  /// What a command is for, which orders `help`.
  public enum Group: String, Sendable, CaseIterable {
    case change = "Changing the registry"
    case look = "Looking around"
    case graph = "Dependencies and duplicates"
    case exchange = "Export and import"
    case batch = "Batches"
    case shell = "Shell"
  }

  /// The command word.
  public var name: String
  /// Its section in `help`.
  public var group: Group
  /// One line saying what it does.
  public var summary: String
  /// Its positional arguments, in order.
  public var arguments: [ArgumentSpec]
  /// Its options.
  public var options: [OptionSpec]
  /// Whether it changes the registry (and so takes the writer lock and writes the journal).
  public var changesRegistry: Bool
  /// A few lines more for `help COMMAND`.
  public var details: String
  /// Example command lines.
  public var examples: [String]
  /// Other names the command answers to, such as `exit` for `quit`.
  public var aliases: [String]

  /// Creates a command spec.
  public init(
    _ name: String, group: Group, summary: String, arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], changesRegistry: Bool = false, details: String = "",
    examples: [String] = [], aliases: [String] = []
  ) {
    self.name = name
    self.group = group
    self.summary = summary
    self.arguments = arguments
    self.options = options
    self.changesRegistry = changesRegistry
    self.details = details
    self.examples = examples
    self.aliases = aliases
  }

  /// The option named `name` (long, or one letter), if the command has it; O(options).
  public func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name || ($0.short.map { String($0) == name } ?? false) }
  }

  /// The usage line, such as `link FROM TO [--range RANGE] [--kind K] [--note TEXT]`.
  public var usage: String {
    ([name] + arguments.map(\.usage) + options.filter { $0.name != "json" }.map(\.usage))
      .joined(separator: " ")
  }
}
