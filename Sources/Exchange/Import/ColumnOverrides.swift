/// `--map FIELD=COLUMN` choices: which header holds a field, overriding the header names an
/// import recognises on its own. FIELD is a `services.csv` column (`name`, `unit_name`, …), or
/// a `links.csv` column prefixed `links.` (`links.kind`); `from`, `to`, `range` and `note` need
/// no prefix, since only links have them.
public struct ColumnOverrides: Sendable, Hashable {
  /// The header chosen for each services column.
  public private(set) var services: [ServiceColumn: String] = [:]
  /// The header chosen for each links column.
  public private(set) var links: [LinkColumn: String] = [:]

  /// No overrides.
  public init() {}

  /// Parses `FIELD=COLUMN` words, or says which word is wrong and which fields exist.
  public init(parsing words: [String]) throws(ColumnOverridesError) {
    for word in words {
      guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
        throw ColumnOverridesError(
          message: "--map needs FIELD=COLUMN, not '\(word)'; " + Self.fieldList)
      }
      let field = ColumnName.normalised(String(word[..<equals]))
      let column = String(word[word.index(after: equals)...])
      if field.hasPrefix("links ") {
        let name = String(field.dropFirst("links ".count))
        guard let linkColumn = LinkColumn.allCases.first(where: { Self.matches($0.rawValue, name) })
        else {
          throw ColumnOverridesError(message: "--map: no links field '\(name)'; " + Self.fieldList)
        }
        links[linkColumn] = column
      } else if let serviceColumn = ServiceColumn.allCases.first(where: {
        Self.matches($0.rawValue, field)
      }) {
        services[serviceColumn] = column
      } else if let linkColumn = LinkColumn.allCases.first(where: {
        $0 != .kind && Self.matches($0.rawValue, field)
      }) {
        links[linkColumn] = column
      } else {
        throw ColumnOverridesError(message: "--map: no field '\(field)'; " + Self.fieldList)
      }
    }
  }

  private static func matches(_ rawValue: String, _ normalisedField: String) -> Bool {
    ColumnName.normalised(rawValue) == normalisedField
  }

  private static var fieldList: String {
    "fields are " + ServiceColumn.allCases.map(\.rawValue).joined(separator: ", ")
      + ", and for the links file from, to, range, links.kind, note"
  }
}
