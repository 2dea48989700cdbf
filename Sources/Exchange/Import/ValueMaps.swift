/// `--map-value FIELD:VALUE=WORD` choices: a cell of FIELD holding VALUE (compared as headers
/// are: case, spaces and `_-./:` aside) reads as WORD, for the values an inventory uses that
/// svcreg's words do not cover (`lifecycle:naktif=retired`, `unit:Pusat=pusat`).
public struct ValueMaps: Sendable, Hashable {
  /// The word each services field's values read as, keyed by the normalised value.
  public private(set) var services: [ServiceColumn: [String: String]] = [:]

  /// No value maps.
  public init() {}

  /// Parses `FIELD:VALUE=WORD` words, or says which word is wrong.
  public init(parsing words: [String]) throws(ColumnOverridesError) {
    for word in words {
      guard let colon = word.firstIndex(of: ":"), let equals = word.lastIndex(of: "="),
        colon < equals, colon != word.startIndex
      else {
        throw ColumnOverridesError(
          message: "--map-value needs FIELD:VALUE=WORD, such as lifecycle:naktif=retired, "
            + "not '\(word)'")
      }
      let field = ColumnName.normalised(String(word[..<colon]))
      let value = ColumnName.normalised(String(word[word.index(after: colon)..<equals]))
      let replacement = String(word[word.index(after: equals)...])
      guard
        let column = ServiceColumn.allCases.first(where: {
          ColumnName.normalised($0.rawValue) == field
        })
      else {
        throw ColumnOverridesError(
          message: "--map-value: no field '\(field)'; fields are "
            + ServiceColumn.allCases.map(\.rawValue).joined(separator: ", "))
      }
      guard !value.isEmpty else {
        throw ColumnOverridesError(message: "--map-value \(word): the value to map is empty")
      }
      services[column, default: [:]][value] = replacement
    }
  }

  /// Whether no value is mapped.
  public var isEmpty: Bool { services.isEmpty }

  /// Each mapping as `field: 'value' → word`, for `--dry-run`.
  public var descriptions: [String] {
    services.sorted { $0.key.rawValue < $1.key.rawValue }.flatMap { column, values in
      values.sorted { $0.key < $1.key }.map { "\(column.rawValue): '\($0.key)' → \($0.value)" }
    }
  }
}
