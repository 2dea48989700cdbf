/// Two changes made to one value from a common ancestor, merged as git merges lines but field
/// by field: a field changed on one side only takes that side's value; a field both sides
/// changed alike takes it; a field both changed differently is a conflict.
public struct ThreeWayMerge<Value: Sendable>: Sendable {
  /// The merge, with our side's value wherever the sides conflict.
  public var ours: Value
  /// The merge, with their side's value wherever the sides conflict; equal to `ours` when
  /// there is no conflict.
  public var theirs: Value
  /// What conflicts, one phrase each, such as `name ("A" / "B")`.
  public var conflicts: [String]

  /// Whether the sides merged without a conflict.
  public var isClean: Bool { conflicts.isEmpty }
}
