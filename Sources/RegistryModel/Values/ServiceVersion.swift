import SemVer

/// One released (or planned) version of a service.
public struct ServiceVersion: Sendable, Hashable {
  // Declared largest first so that the small fields pack into the tail: 64 bytes a record
  // instead of 72, over three and a half million records at a million services.

  /// The semantic version.
  public var version: Version
  /// Free-form release notes.
  @Indirect public var notes: String?
  /// Set when this version is deprecated.
  @Indirect public var deprecation: Deprecation?
  /// The release day, when known.
  public var released: CalendarDate?
  /// Where this version stands; `active` unless said otherwise.
  public var lifecycle: Lifecycle

  /// Creates a version record.
  public init(
    _ version: Version, lifecycle: Lifecycle = .active, released: CalendarDate? = nil,
    notes: String? = nil, deprecation: Deprecation? = nil
  ) {
    self.version = version
    self.notes = notes
    self.deprecation = deprecation
    self.released = released
    self.lifecycle = lifecycle
  }
}
