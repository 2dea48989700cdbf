import RegistryModel

/// Something the planner has to say about its plan: a choice it made that people should know
/// of (a warning), or a reason the plan cannot be applied as it is (an error).
public struct PlanNote: Sendable, Hashable {
  /// How serious it is.
  public enum Severity: String, Sendable, Hashable {
    /// The plan cannot be applied as it is.
    case error
    /// The plan can be applied, but someone should look.
    case warning
    /// A fact about the plan.
    case note
  }

  /// How serious it is.
  public var severity: Severity
  /// The services it is about.
  public var services: [ServiceID]
  /// What it is, in words a person acts on.
  public var message: String

  /// Creates a note.
  public init(_ severity: Severity, _ services: [ServiceID], _ message: String) {
    self.severity = severity
    self.services = services
    self.message = message
  }
}
