import RegistryModel

/// One dependency lock found in the registry, with a message a person can act on.
public struct Finding: Sendable, Hashable {
  /// What kind of lock this is.
  public var code: FindingCode
  /// How serious it is.
  public var severity: Severity
  /// The services involved, the one the finding is about first: for `cycle`, the whole
  /// component in id order; for a link, its source then its target; for `sunset-passed`, the
  /// deprecated service then its dependents; for `replacement-loop`, the chain's services.
  public var services: [ServiceID]
  /// What is wrong, naming the services and ranges, in a sentence or two.
  public var message: String
  /// For `cycle` and looping `replacement-loop`: the loop in order, starting at its smallest
  /// id and ending where it started, such as `[a, b, c, a]`.
  public var loop: [ServiceID]?
  /// For `cycle`: links whose removal breaks every loop of the component.
  public var breakingLinks: [LinkEnds]
  /// For findings about one link: that link.
  public var link: LinkEnds?

  /// Creates a finding; the severity follows from the code.
  public init(
    code: FindingCode, services: [ServiceID], message: String, loop: [ServiceID]? = nil,
    breakingLinks: [LinkEnds] = [], link: LinkEnds? = nil
  ) {
    self.code = code
    self.severity = code.severity
    self.services = services
    self.message = message
    self.loop = loop
    self.breakingLinks = breakingLinks
    self.link = link
  }

  /// Whether `lhs` is listed before `rhs`: by code, then services, then link and message;
  /// O(number of services named).
  public static func listedBefore(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    if lhs.services != rhs.services {
      return lhs.services.lexicographicallyPrecedes(rhs.services)
    }
    if lhs.link != rhs.link {
      guard let left = lhs.link else { return true }
      guard let right = rhs.link else { return false }
      return left < right
    }
    return lhs.message < rhs.message
  }
}
