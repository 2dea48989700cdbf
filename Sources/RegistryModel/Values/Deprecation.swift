/// Why a service or version is deprecated, what replaces it and when it stops.
public struct Deprecation: Sendable, Hashable {
  /// The reason, in words a person understands.
  public var reason: String
  /// The service or version that takes over, if any.
  public var replacedBy: Reference?
  /// The day after which it should no longer be used.
  public var sunset: CalendarDate?

  /// Creates a deprecation.
  public init(reason: String, replacedBy: Reference? = nil, sunset: CalendarDate? = nil) {
    self.reason = reason
    self.replacedBy = replacedBy
    self.sunset = sunset
  }
}
