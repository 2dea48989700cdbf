import RegistryModel

/// Finds the unit a row's unit cell means: a unit path, or the name or alias of a unit in
/// `units.toml` (compared as headers are), or a path not yet known.
struct UnitResolver {
  /// What a unit cell turned out to mean.
  enum Resolution: Equatable {
    /// A unit that exists.
    case known(UnitPath)
    /// A valid path no unit has yet.
    case unknown(UnitPath)
    /// A name or alias several units share.
    case ambiguous([UnitPath])
    /// Neither a path nor a known name.
    case invalid
  }

  private let units: [UnitPath: Unit]
  private let byName: [String: [UnitPath]]

  /// Indexes the names and aliases of `units`; O(units).
  init(units: [UnitPath: Unit]) {
    self.units = units
    var byName: [String: [UnitPath]] = [:]
    for unit in units.values.sorted(by: { $0.path < $1.path }) {
      for name in Set([unit.name] + unit.aliases) {
        byName[ColumnName.normalised(name), default: []].append(unit.path)
      }
    }
    self.byName = byName
  }

  /// What `text` means; O(length).
  func resolve(_ text: String) -> Resolution {
    let path = UnitPath(text)
    if let path, units[path] != nil { return .known(path) }
    if let named = byName[ColumnName.normalised(text)] {
      return named.count == 1 ? .known(named[0]) : .ambiguous(named)
    }
    return path.map(Resolution.unknown) ?? .invalid
  }
}
