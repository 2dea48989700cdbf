/// How serious a finding is: errors make `check` fail, warnings do not.
public enum Severity: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// Something is wrong and should be fixed.
  case error
  /// Something stands in the way of change, but nothing is broken.
  case warning

  /// The word as printed.
  public var description: String { rawValue }
}
