/// The registry-wide settings kept in `registry.toml`.
public struct RegistrySettings: Sendable, Hashable {
  /// The schema version this build of svcreg reads and writes.
  public static let currentSchema = 1

  /// The registry's display name, shown in the prompt.
  public var name: String
  /// The schema version of the files.
  public var schema: Int
  /// How duplicate services are found.
  public var duplicates: DuplicateSettings

  /// Creates settings.
  public init(
    name: String, schema: Int = RegistrySettings.currentSchema,
    duplicates: DuplicateSettings = DuplicateSettings()
  ) {
    self.name = name
    self.schema = schema
    self.duplicates = duplicates
  }
}

/// The knobs of duplicate detection an administrator may tune for their domain.
public struct DuplicateSettings: Sendable, Hashable {
  /// Words that carry no signal, added to the built-in list.
  public var stopwords: [String]
  /// Acronyms and what they stand for, added to those learned from the registry.
  public var acronyms: [String: String]
  /// The least score at which two services count as duplicates, from 0 to 1.
  public var minimumScore: Double?

  /// Creates duplicate settings.
  public init(
    stopwords: [String] = [], acronyms: [String: String] = [:], minimumScore: Double? = nil
  ) {
    self.stopwords = stopwords
    self.acronyms = acronyms
    self.minimumScore = minimumScore
  }
}
