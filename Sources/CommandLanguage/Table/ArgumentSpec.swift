/// One positional argument a command takes.
public struct ArgumentSpec: Sendable, Hashable {
  /// The placeholder shown in usage, such as `ID`.
  public var name: String
  /// What the value is.
  public var kind: ValueKind
  /// Whether it may be left out.
  public var optional: Bool
  /// Whether it takes all remaining words.
  public var variadic: Bool

  /// A required argument.
  public static func required(_ name: String, _ kind: ValueKind) -> ArgumentSpec {
    ArgumentSpec(name: name, kind: kind, optional: false, variadic: false)
  }

  /// An argument that may be left out.
  public static func optional(_ name: String, _ kind: ValueKind) -> ArgumentSpec {
    ArgumentSpec(name: name, kind: kind, optional: true, variadic: false)
  }

  /// An argument that takes one or more remaining words.
  public static func variadic(_ name: String, _ kind: ValueKind, optional: Bool = false)
    -> ArgumentSpec
  {
    ArgumentSpec(name: name, kind: kind, optional: optional, variadic: true)
  }

  /// How the argument reads in a usage line.
  public var usage: String {
    let base = variadic ? "\(name)..." : name
    return optional ? "[\(base)]" : base
  }
}
