/// One step of writing nodes grouped by unit, with a unit's cluster nested inside the cluster
/// of a unit whose path contains it (`pusat` holds `pusat/setjen`).
enum ClusterStep: Equatable {
  /// Open the cluster of `ExportSelection.units[unit]`, `depth` clusters deep (1 outermost).
  case open(unit: Int, depth: Int)
  /// Write the node at this position, inside the innermost open cluster.
  case node(Int)
  /// Close the innermost open cluster.
  case close

  /// The steps for `selection`: units in path order, each unit's nodes in id order before the
  /// clusters nested in it. O(V + U log U).
  static func steps(for selection: ExportSelection) -> [ClusterStep] {
    var byUnit: [Int: [Int]] = [:]
    let unitIndex = Dictionary(
      uniqueKeysWithValues: selection.units.enumerated().map { ($1.path, $0) })
    for (position, node) in selection.nodes.enumerated() {
      byUnit[unitIndex[node.unit]!, default: []].append(position)
    }
    var steps: [ClusterStep] = []
    steps.reserveCapacity(selection.nodes.count + 2 * selection.units.count)
    var open: [Int] = []
    // Paths sort parent first and keep a parent's descendants together, so a stack suffices.
    for (index, unit) in selection.units.enumerated() {
      while let top = open.last, !unit.path.isWithin(selection.units[top].path) {
        steps.append(.close)
        open.removeLast()
      }
      open.append(index)
      steps.append(.open(unit: index, depth: open.count))
      for position in byUnit[index] ?? [] { steps.append(.node(position)) }
    }
    steps += open.map { _ in .close }
    return steps
  }
}
