/// A command line checked against its command's spec: the words sorted into arguments and
/// options.
public struct Invocation: Sendable {
  /// The command invoked.
  public var command: CommandSpec
  /// The positional arguments, in order.
  public var arguments: [String]
  /// The values given to each option that takes one, in order.
  public var values: [String: [String]]
  /// The flags given.
  public var flags: Set<String>
  /// The words as typed, for the journal.
  public var words: [String]

  /// The last value given to option `name`, if any.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Every value given to the repeatable option `name`.
  public func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether the flag `name` was given.
  public func has(_ name: String) -> Bool { flags.contains(name) }

  /// The positional argument at `index`, if given.
  public func argument(_ index: Int) -> String? {
    index < arguments.count ? arguments[index] : nil
  }
}
