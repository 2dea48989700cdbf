/// One change to one service.
public enum ServiceChange: Sendable, Hashable {
  /// The service moved to another unit.
  case moved(from: UnitPath, to: UnitPath)
  /// A one-line field (`name`, `kind`, `url`, `description`, `tags`) changed; `nil` is unset.
  case field(String, before: String?, after: String?)
  /// The service's lifecycle changed.
  case lifecycle(from: Lifecycle, to: Lifecycle)
  /// The service's deprecation was set, changed or cleared.
  case deprecation(before: Deprecation?, after: Deprecation?)
  /// A version was added.
  case versionAdded(ServiceVersion)
  /// A version was removed.
  case versionRemoved(ServiceVersion)
  /// A version's lifecycle, release date, notes or deprecation changed.
  case versionChanged(before: ServiceVersion, after: ServiceVersion)
  /// A link was added.
  case linkAdded(Link)
  /// A link was removed.
  case linkRemoved(Link)
  /// A link's range, kind or note changed.
  case linkChanged(before: Link, after: Link)
}
