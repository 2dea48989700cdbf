extension Service {
  /// `ours` and `theirs`, two changes of `base`, merged field by field: versions by version,
  /// links by target and contacts by address (or name), each element merged on its own; tags as a set (additions and removals of
  /// both sides kept). The id and unit are the merged file's, `ours`'s. O(versions + links).
  public static func merge(base: Service, ours: Service, theirs: Service) -> ThreeWayMerge<
    Service
  > {
    var conflicts: [String] = []
    var left = ours
    var right = ours
    func quoted(_ text: String?) -> String { text.map { "\"\($0)\"" } ?? "unset" }

    let name = FieldMerge.merge(
      base.name, ours.name, theirs.name,
      label: "name (\(quoted(ours.name)) / \(quoted(theirs.name)))", conflicts: &conflicts)
    (left.name, right.name) = name
    let kind = FieldMerge.merge(
      base.kind, ours.kind, theirs.kind, label: "kind (\(ours.kind) / \(theirs.kind))",
      conflicts: &conflicts)
    (left.kind, right.kind) = kind
    let lifecycle = FieldMerge.merge(
      base.lifecycle, ours.lifecycle, theirs.lifecycle,
      label: "lifecycle (\(ours.lifecycle) / \(theirs.lifecycle))", conflicts: &conflicts)
    (left.lifecycle, right.lifecycle) = lifecycle
    let owner = FieldMerge.merge(
      base.owner, ours.owner, theirs.owner,
      label: "owner (\(quoted(ours.owner)) / \(quoted(theirs.owner)))", conflicts: &conflicts)
    (left.owner, right.owner) = owner
    let contacts = FieldMerge.mergeKeyed(
      base.contacts, ours.contacts, theirs.contacts, key: \.key,
      label: { "contact \($0)" }, conflicts: &conflicts)
    (left.contacts, right.contacts) = contacts
    let url = FieldMerge.merge(
      base.url, ours.url, theirs.url, label: "url (\(quoted(ours.url)) / \(quoted(theirs.url)))",
      conflicts: &conflicts)
    (left.url, right.url) = url
    let description = FieldMerge.merge(
      base.description, ours.description, theirs.description, label: "description",
      conflicts: &conflicts)
    (left.description, right.description) = description
    let deprecation = FieldMerge.merge(
      base.deprecation, ours.deprecation, theirs.deprecation, label: "deprecation",
      conflicts: &conflicts)
    (left.deprecation, right.deprecation) = deprecation
    let tags = FieldMerge.mergeSet(base.tags, ours.tags, theirs.tags)
    (left.tags, right.tags) = (tags, tags)
    let versions = FieldMerge.mergeKeyed(
      base.versions, ours.versions, theirs.versions, key: \.version,
      label: { "version \($0)" }, conflicts: &conflicts)
    (left.versions, right.versions) = versions
    let links = FieldMerge.mergeKeyed(
      base.links, ours.links, theirs.links, key: \.target, label: { "link to \($0)" },
      conflicts: &conflicts)
    (left.links, right.links) = links
    return ThreeWayMerge(ours: left, theirs: conflicts.isEmpty ? left : right, conflicts: conflicts)
  }
}

extension Unit {
  /// `ours` and `theirs`, two changes of `base`, merged field by field, aliases as a set.
  public static func merge(base: Unit, ours: Unit, theirs: Unit) -> ThreeWayMerge<Unit> {
    var conflicts: [String] = []
    var left = ours
    var right = ours
    (left.name, right.name) = FieldMerge.merge(
      base.name, ours.name, theirs.name,
      label: "name of \(ours.path) (\"\(ours.name)\" / \"\(theirs.name)\")", conflicts: &conflicts)
    (left.level, right.level) = FieldMerge.merge(
      base.level, ours.level, theirs.level,
      label: "level of \(ours.path) (\(ours.level) / \(theirs.level))", conflicts: &conflicts)
    let aliases = FieldMerge.mergeSet(base.aliases, ours.aliases, theirs.aliases)
    (left.aliases, right.aliases) = (aliases, aliases)
    return ThreeWayMerge(ours: left, theirs: conflicts.isEmpty ? left : right, conflicts: conflicts)
  }

  /// Three versions of the units, merged unit by unit: a unit added, changed or removed on one
  /// side only keeps that change; two changes of one unit merge as `merge(base:ours:theirs:)`
  /// does; adding one path differently on both sides, or changing a unit the other side
  /// removed, is a conflict. O(units) with hashing.
  public static func merge(
    base: [UnitPath: Unit], ours: [UnitPath: Unit], theirs: [UnitPath: Unit]
  ) -> ThreeWayMerge<[UnitPath: Unit]> {
    var conflicts: [String] = []
    var left: [UnitPath: Unit] = [:]
    var right: [UnitPath: Unit] = [:]
    let paths = Set(base.keys).union(ours.keys).union(theirs.keys).sorted()
    for path in paths {
      switch (base[path], ours[path], theirs[path]) {
      case (let o?, let a?, let b?):
        let merged = merge(base: o, ours: a, theirs: b)
        conflicts += merged.conflicts
        (left[path], right[path]) = (merged.ours, merged.theirs)
      case (nil, let a?, let b?) where a != b:
        // Both sides added the unit: merged as if from an empty unit of that path.
        let merged = merge(
          base: Unit(path: path, name: "", level: .other), ours: a, theirs: b)
        conflicts += merged.conflicts
        (left[path], right[path]) = (merged.ours, merged.theirs)
      default:
        let (a, b) = FieldMerge.merge(
          base[path], ours[path], theirs[path],
          label: "unit \(path) (changed on one side, removed on the other)",
          conflicts: &conflicts)
        left[path] = a
        right[path] = b
      }
    }
    return ThreeWayMerge(ours: left, theirs: conflicts.isEmpty ? left : right, conflicts: conflicts)
  }
}
