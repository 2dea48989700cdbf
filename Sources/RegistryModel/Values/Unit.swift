/// An organisational unit that owns services, such as a directorate, a provincial office or a
/// campus.
public struct Unit: Sendable, Hashable, Identifiable {
  /// Its path, which is also the folder of its services.
  public var path: UnitPath
  /// Its display name.
  public var name: String
  /// Its place in the organisation.
  public var level: UnitLevel
  /// Short names people use for it (such as `UIN Jakarta`), which duplicate detection discounts
  /// as owner words.
  public var aliases: [String]

  /// Creates a unit.
  public init(path: UnitPath, name: String, level: UnitLevel, aliases: [String] = []) {
    self.path = path
    self.name = name
    self.level = level
    self.aliases = aliases
  }

  public var id: UnitPath { path }
}

/// A unit's place in the organisation.
public enum UnitLevel: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// A central (national) work unit.
  case central
  /// A provincial office.
  case provincial
  /// A district or city office.
  case district
  /// A university or other higher-education campus.
  case university
  /// A body outside the organisation whose services are depended on (another ministry).
  case external
  /// Anything else.
  case other

  /// Parses a level word, or explains which words are allowed.
  public init(validating text: some StringProtocol) throws(ModelError) {
    guard let value = UnitLevel(rawValue: String(text)) else {
      throw .invalidIdentifier(
        kind: "unit level", value: String(text),
        reason: "expected one of " + UnitLevel.allCases.map(\.rawValue).joined(separator: ", "))
    }
    self = value
  }

  public var description: String { rawValue }
}
