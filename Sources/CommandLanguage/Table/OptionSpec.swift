/// One `--option` a command accepts.
public struct OptionSpec: Sendable, Hashable {
  /// The long name without dashes, such as `unit`.
  public var name: String
  /// A one-letter alias without the dash, such as `o`.
  public var short: Character?
  /// What the value is, or `nil` for a flag that takes none.
  public var value: ValueKind?
  /// The placeholder shown in usage, such as `UNIT`.
  public var placeholder: String
  /// Whether it may be given more than once.
  public var repeatable: Bool
  /// Whether the command cannot run without it.
  public var required: Bool
  /// One line of help.
  public var help: String

  /// An option that takes a value.
  public static func value(
    _ name: String, _ kind: ValueKind, _ placeholder: String, short: Character? = nil,
    repeatable: Bool = false, required: Bool = false, help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, short: short, value: kind, placeholder: placeholder, repeatable: repeatable,
      required: required, help: help)
  }

  /// A flag that takes no value.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(
      name: name, short: short, value: nil, placeholder: "", repeatable: false, required: false,
      help: help)
  }

  /// How the option reads in a usage line, such as `[--tag T]...`.
  public var usage: String {
    let body = value == nil ? "--\(name)" : "--\(name) \(placeholder)"
    let shown = required ? body : "[\(body)]"
    return repeatable ? shown + "..." : shown
  }
}
