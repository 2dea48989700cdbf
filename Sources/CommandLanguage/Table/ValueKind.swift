/// What a command's argument or option value is, which decides how it completes and how it is
/// described in help.
public enum ValueKind: Sendable, Hashable {
  /// A service id that exists.
  case serviceID
  /// A service id for a new service: nothing to complete.
  case newServiceID
  /// `ID`, `ID@VERSION` or `ID@RANGE`.
  case reference
  /// A unit path.
  case unit
  /// An owner: a unit path or a team's name.
  case owner
  /// A lifecycle word.
  case lifecycle
  /// A service kind.
  case serviceKind
  /// A link kind.
  case linkKind
  /// A unit level.
  case unitLevel
  /// A path on disk.
  case file
  /// A command name.
  case command
  /// A semantic version.
  case version
  /// An npm-style version range.
  case range
  /// A `YYYY-MM-DD` date.
  case date
  /// A whole number.
  case number
  /// A number from 0 to 1.
  case score
  /// One of a fixed set of words.
  case choice([String])
  /// A tag.
  case tag
  /// Free text.
  case text
}
