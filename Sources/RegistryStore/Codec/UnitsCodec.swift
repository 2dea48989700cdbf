import RegistryModel

/// Reads and writes `units.toml`: one `[[units]]` table per unit, in path order.
enum UnitsCodec {
  static let keys = ["path", "name", "level", "aliases"]

  /// Parses `units.toml`; O(size of the file).
  static func decode(_ source: String, filePath: String) throws(StoreError) -> [UnitPath: Unit] {
    let top = try TOMLFields.parse(source, filePath: filePath)
    // TOMLKit never frees a parsed document; clearing it frees every node it holds, which at
    // 100,000 files is most of a gigabyte.
    defer { top.table.clear() }
    try top.rejectUnknownKeys(allowed: ["units"], in: "units.toml")
    var units: [UnitPath: Unit] = [:]
    for entry in try top.tables("units") {
      try entry.rejectUnknownKeys(allowed: keys, in: "a [[units]] entry")
      guard
        let path = try entry.parsed(
          "path",
          { (text) throws(ModelError) in
            try UnitPath(validating: text)
          })
      else {
        throw entry.error(at: nil, "a [[units]] entry needs 'path', such as \"pusat/setjen\"")
      }
      guard units[path] == nil else {
        throw entry.error(at: "path", "unit '\(path)' is listed twice")
      }
      let level =
        try entry.parsed("level") { (text) throws(ModelError) in try UnitLevel(validating: text) }
        ?? .other
      units[path] = Unit(
        path: path, name: try entry.string("name"), level: level,
        aliases: try entry.strings("aliases"))
    }
    return units
  }

  /// The canonical text of `units.toml`; O(u log u).
  static func encode(_ units: [UnitPath: Unit]) -> String {
    var writer = TOMLWriter()
    for unit in units.values.sorted(by: { $0.path < $1.path }) {
      writer.arrayTable("units")
      writer.string("path", unit.path.description)
      writer.string("name", unit.name)
      writer.string("level", unit.level.rawValue)
      if !unit.aliases.isEmpty { writer.strings("aliases", unit.aliases) }
    }
    return writer.text
  }
}
