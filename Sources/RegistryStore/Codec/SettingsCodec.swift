import RegistryModel

/// Reads and writes `registry.toml`: the registry's name, schema version and settings.
enum SettingsCodec {
  static let topKeys = ["name", "schema", "duplicates"]
  static let duplicateKeys = ["stopwords", "acronyms", "min-score"]

  /// Parses `registry.toml`; refuses a schema newer than this build understands.
  static func decode(_ source: String, filePath: String) throws(StoreError) -> RegistrySettings {
    let top = try TOMLFields.parse(source, filePath: filePath)
    // TOMLKit never frees a parsed document; clearing it frees every node it holds, which at
    // 100,000 files is most of a gigabyte.
    defer { top.table.clear() }
    try top.rejectUnknownKeys(allowed: topKeys, in: "registry.toml")
    let schema = try top.optionalInt("schema") ?? RegistrySettings.currentSchema
    guard schema <= RegistrySettings.currentSchema else {
      throw .unsupportedSchema(
        path: filePath, found: schema, supported: RegistrySettings.currentSchema)
    }
    var duplicates = DuplicateSettings()
    if let table = try top.optionalTable("duplicates") {
      try table.rejectUnknownKeys(allowed: duplicateKeys, in: "[duplicates]")
      duplicates.stopwords = try table.strings("stopwords")
      if let score = try table.optionalDouble("min-score") {
        guard (0...1).contains(score) else {
          throw table.error(at: "min-score", "'min-score' must be between 0 and 1")
        }
        duplicates.minimumScore = score
      }
      if let acronyms = try table.optionalTable("acronyms") {
        for key in acronyms.table.keys {
          guard let expansion = try acronyms.optionalString(key) else { continue }
          duplicates.acronyms[key] = expansion
        }
      }
    }
    return RegistrySettings(name: try top.string("name"), schema: schema, duplicates: duplicates)
  }

  /// The canonical text of `registry.toml`.
  static func encode(_ settings: RegistrySettings) -> String {
    var writer = TOMLWriter()
    writer.string("name", settings.name)
    writer.raw("schema", String(settings.schema))
    let duplicates = settings.duplicates
    if !duplicates.stopwords.isEmpty || duplicates.minimumScore != nil
      || !duplicates.acronyms.isEmpty
    {
      writer.table("duplicates")
      if !duplicates.stopwords.isEmpty { writer.strings("stopwords", duplicates.stopwords) }
      if let score = duplicates.minimumScore { writer.raw("min-score", String(score)) }
      if !duplicates.acronyms.isEmpty {
        writer.table("duplicates", "acronyms")
        for key in duplicates.acronyms.keys.sorted() {
          writer.string(key, duplicates.acronyms[key]!)
        }
      }
    }
    return writer.text
  }
}
