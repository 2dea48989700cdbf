import RegistryModel

/// The orders `list --sort` offers; ties are broken by id, so the order is always the same.
enum ServiceOrder: String, CaseIterable, ArgumentValue {
  /// By id.
  case id
  /// By display name, ignoring case.
  case name
  /// By unit path.
  case unit
  /// Planned, active, deprecated, retired.
  case lifecycle
  /// Newest version first; services without a version last.
  case version

  init(argument: String) throws(CommandError) {
    guard let order = ServiceOrder(rawValue: argument) else {
      throw .usage(
        "cannot sort by '\(argument)'; sort by "
          + ServiceOrder.allCases.map(\.rawValue).joined(separator: ", "), column: 0,
        command: ListCommand.name)
    }
    self = order
  }

  /// Whether `a` comes before `b` in this order. O(1) but for names (O(length)).
  func areInIncreasingOrder(_ a: Service, _ b: Service) -> Bool {
    switch self {
    case .id: break
    case .name:
      let (left, right) = (a.name.lowercased(), b.name.lowercased())
      if left != right { return left < right }
    case .unit:
      if a.unit != b.unit { return a.unit < b.unit }
    case .lifecycle:
      if a.lifecycle != b.lifecycle { return a.lifecycle.rank < b.lifecycle.rank }
    case .version:
      let (left, right) = (a.versions.first?.version, b.versions.first?.version)
      if left != right {
        guard let left else { return false }
        guard let right else { return true }
        return left > right
      }
    }
    return a.id < b.id
  }
}

extension Lifecycle {
  /// The position in a service's life: planned, active, deprecated, retired.
  fileprivate var rank: Int {
    switch self {
    case .planned: 0
    case .active: 1
    case .deprecated: 2
    case .retired: 3
    }
  }
}
