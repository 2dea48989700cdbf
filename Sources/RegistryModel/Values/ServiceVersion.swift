import SemVer

/// One released (or planned) version of a service.
public struct ServiceVersion: Sendable, Hashable {
  /// The semantic version.
  public var version: Version
  /// Where this version stands; `active` unless said otherwise.
  public var lifecycle: Lifecycle
  /// The release day, when known.
  public var released: CalendarDate?
  /// Free-form release notes.
  @Indirect public var notes: String?
  /// Set when this version is deprecated.
  @Indirect public var deprecation: Deprecation?

  /// Creates a version record.
  public init(
    _ version: Version, lifecycle: Lifecycle = .active, released: CalendarDate? = nil,
    notes: String? = nil, deprecation: Deprecation? = nil
  ) {
    self.version = version
    self.lifecycle = lifecycle
    self.released = released
    self.notes = notes
    self.deprecation = deprecation
  }
}
