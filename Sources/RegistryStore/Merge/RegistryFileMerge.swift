import RegistryModel

/// A three-way merge of one registry file (a service file or `units.toml`), as git's merge
/// driver for the registry runs it: the three versions are read as the registry reads them,
/// merged field by field, and written back in canonical form.
public enum RegistryFileMerge {
  /// What merging one file gave.
  public struct Outcome: Sendable, Equatable {
    /// The merged file, with git's conflict markers around what conflicts.
    public var text: String
    /// What conflicts, one phrase each; empty for a clean merge.
    public var conflicts: [String]
  }

  /// Merges `ours` and `theirs`, two changes of `base`, all texts of the file at `path` (its
  /// path in the repository, which names the service's id and unit); `nil` when the file is
  /// none that svcreg merges or a version of it does not parse, so that git's line merge takes
  /// over. O(size of the files).
  public static func merge(
    base: String, ours: String, theirs: String, path: String, markerSize: Int = 7
  ) -> Outcome? {
    if ours == theirs { return Outcome(text: ours, conflicts: []) }
    let components = path.split(separator: "/").map(String.init)
    guard let file = components.last, file.hasSuffix(".toml") else { return nil }
    if file == RegistryLayout.unitsFile {
      guard let o = try? UnitsCodec.decode(base, filePath: path),
        let a = try? UnitsCodec.decode(ours, filePath: path),
        let b = try? UnitsCodec.decode(theirs, filePath: path)
      else { return nil }
      let merged = Unit.merge(base: o, ours: a, theirs: b)
      return outcome(
        merged, encode: UnitsCodec.encode, path: path, markerSize: markerSize)
    }
    guard let (id, unit) = serviceFile(components) else { return nil }
    guard let o = try? ServiceCodec.decode(base, id: id, unit: unit, filePath: path),
      let a = try? ServiceCodec.decode(ours, id: id, unit: unit, filePath: path),
      let b = try? ServiceCodec.decode(theirs, id: id, unit: unit, filePath: path)
    else { return nil }
    let merged = Service.merge(base: o, ours: a, theirs: b)
    return outcome(merged, encode: ServiceCodec.encode, path: path, markerSize: markerSize)
  }

  private static func outcome<Value>(
    _ merged: ThreeWayMerge<Value>, encode: (Value) -> String, path: String, markerSize: Int
  ) -> Outcome {
    let ours = encode(merged.ours)
    guard !merged.isClean else { return Outcome(text: ours, conflicts: []) }
    let text = ConflictMarkers.text(
      ours: ours, theirs: encode(merged.theirs), oursLabel: "ours (\(path))",
      theirsLabel: "theirs (\(path))", size: markerSize)
    return Outcome(text: text, conflicts: merged.conflicts)
  }

  /// The id and unit a path `…/services/<unit>/<id>.toml` names: the first `services`
  /// component after which the rest is a valid unit and id.
  private static func serviceFile(_ components: [String]) -> (ServiceID, UnitPath)? {
    guard components.count >= 3,
      let id = ServiceID(components[components.count - 1].dropLast(".toml".count))
    else { return nil }
    for index in components.indices.dropLast(2) where components[index] == "services" {
      if let unit = UnitPath(
        components[(index + 1)..<(components.count - 1)].joined(separator: "/"))
      {
        return (id, unit)
      }
    }
    return nil
  }
}
