import RegistryModel

/// Why no plan could be made, with what to do instead.
public enum PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A member named is not a registered service.
  case unknownService(ServiceID)
  /// Consolidation needs two services or more.
  case tooFewMembers(Int)
  /// `--keep` names a service that is not among the members.
  case keeperNotMember(ServiceID)
  /// Every member is retired: there is nothing to keep.
  case nothingLive
  /// `plan retire` of a service that is already retired.
  case alreadyRetired(ServiceID)

  public var description: String {
    switch self {
    case .unknownService(let id): "no service '\(id)'"
    case .tooFewMembers(let count):
      "a consolidation needs two services or more; \(count == 1 ? "one was" : "none were") named"
    case .keeperNotMember(let id):
      "--keep \(id): not one of the services being consolidated; name it among them"
    case .nothingLive: "every service named is retired; there is nothing to consolidate"
    case .alreadyRetired(let id): "'\(id)' is already retired"
    }
  }
}
