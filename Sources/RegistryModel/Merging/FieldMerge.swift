/// The field-level rule every merge here applies.
enum FieldMerge {
  /// `base`, `ours` and `theirs` of one field merged; a conflict is recorded as `label` and
  /// gives each side its own value.
  static func merge<T: Equatable>(
    _ base: T, _ ours: T, _ theirs: T, label: @autoclosure () -> String,
    conflicts: inout [String]
  ) -> (ours: T, theirs: T) {
    if ours == theirs || theirs == base { return (ours, ours) }
    if ours == base { return (theirs, theirs) }
    conflicts.append(label())
    return (ours, theirs)
  }

  /// Three versions of a collection keyed by `key`, merged element by element: an element
  /// added, changed or removed on one side only keeps that change; both sides adding or
  /// changing one key differently, or one changing what the other removed, is a conflict.
  /// O(n) with hashing; the result is in no particular order.
  static func mergeKeyed<Element: Equatable, Key: Hashable>(
    _ base: [Element], _ ours: [Element], _ theirs: [Element], key: (Element) -> Key,
    label: (Key) -> String, conflicts: inout [String]
  ) -> (ours: [Element], theirs: [Element]) {
    func index(_ elements: [Element]) -> [Key: Element] {
      Dictionary(elements.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
    let (o, a, b) = (index(base), index(ours), index(theirs))
    var keys: [Key] = []
    var seen = Set<Key>()
    for element in ours + theirs + base where seen.insert(key(element)).inserted {
      keys.append(key(element))
    }
    var mergedOurs: [Element] = []
    var mergedTheirs: [Element] = []
    for k in keys {
      let (left, right) = merge(o[k], a[k], b[k], label: label(k), conflicts: &conflicts)
      if let left { mergedOurs.append(left) }
      if let right { mergedTheirs.append(right) }
    }
    return (mergedOurs, mergedTheirs)
  }

  /// Three sets merged: what either side added is in, what either side removed is out.
  /// Never a conflict. O(n) with hashing, in the order first seen.
  static func mergeSet(_ base: [String], _ ours: [String], _ theirs: [String]) -> [String] {
    let (o, a, b) = (Set(base), Set(ours), Set(theirs))
    var seen = Set<String>()
    return (ours + theirs).filter { element in
      guard seen.insert(element).inserted else { return false }
      // Kept unless one side removed what the base had.
      return !(o.contains(element) && (!a.contains(element) || !b.contains(element)))
    }
  }
}
