/// Everything the registry model can reject, each with a message that says what is wrong and
/// what is allowed.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A service id, unit path segment or other identifier breaks the identifier rules.
  case invalidIdentifier(kind: String, value: String, reason: String)
  /// A calendar date is not a real `YYYY-MM-DD` date.
  case invalidDate(String)
  /// A lifecycle word is not one of the four lifecycle stages.
  case invalidLifecycle(String)
  /// A reference (`ID`, `ID@VERSION`, `ID@RANGE`) does not parse.
  case invalidReference(String, reason: String)
  /// A free-text field is empty or holds characters it must not.
  case invalidText(field: String, reason: String)
  /// A service with this id is already registered.
  case serviceExists(ServiceID, unit: UnitPath)
  /// No service has this id.
  case unknownService(ServiceID)
  /// No unit has this path.
  case unknownUnit(UnitPath)
  /// A unit with this path already exists.
  case unitExists(UnitPath)
  /// The service already has this version.
  case versionExists(ServiceID, String)
  /// The service has no such version.
  case unknownVersion(ServiceID, String)
  /// The service has no link to that target.
  case unknownLink(from: ServiceID, to: ServiceID)
  /// The service already links to that target.
  case linkExists(from: ServiceID, to: ServiceID)
  /// A lifecycle move the lifecycle does not allow.
  case invalidTransition(subject: String, from: Lifecycle, to: Lifecycle)
  /// The subject is not deprecated, so there is nothing to undo.
  case notDeprecated(String)
  /// Retiring is refused while active services still depend on the subject (`active`), and
  /// deleting while any service links to it or names it as a replacement.
  case stillDependedOn(String, dependents: [ServiceID], active: Bool)

  public var description: String {
    switch self {
    case .invalidIdentifier(let kind, let value, let reason):
      return "invalid \(kind) '\(value)': \(reason)"
    case .invalidDate(let text):
      return "invalid date '\(text)': expected a real calendar date as YYYY-MM-DD, e.g. 2025-06-30"
    case .invalidLifecycle(let text):
      return "invalid lifecycle '\(text)': expected one of "
        + Lifecycle.allCases.map(\.rawValue).joined(separator: ", ")
    case .invalidReference(let text, let reason):
      return "invalid reference '\(text)': \(reason); expected ID, ID@VERSION or ID@RANGE"
    case .invalidText(let field, let reason):
      return "invalid \(field): \(reason)"
    case .serviceExists(let id, let unit):
      return "service '\(id)' already exists (in unit \(unit))"
    case .unknownService(let id):
      return "no service '\(id)'"
    case .unknownUnit(let path):
      return "no unit '\(path)' in units.toml"
    case .unitExists(let path):
      return "unit '\(path)' already exists"
    case .versionExists(let id, let version):
      return "service '\(id)' already has version \(version)"
    case .unknownVersion(let id, let version):
      return "service '\(id)' has no version \(version)"
    case .unknownLink(let from, let to):
      return "'\(from)' has no link to '\(to)'"
    case .linkExists(let from, let to):
      return "'\(from)' already links to '\(to)'"
    case .invalidTransition(let subject, let from, let to):
      return "\(subject) is \(from) and cannot become \(to)"
    case .notDeprecated(let subject):
      return "\(subject) is not deprecated"
    case .stillDependedOn(let subject, let dependents, let active):
      let shown = dependents.prefix(10).map(\.rawValue).joined(separator: ", ")
      let more = dependents.count > 10 ? " and \(dependents.count - 10) more" : ""
      return active
        ? "\(subject) is still depended on by active services: \(shown)\(more); "
          + "retire or relink them first"
        : "\(subject) is still linked to or named as a replacement by \(shown)\(more); "
          + "relink them first"
    }
  }
}
