extension Comparator {
  /// The relation a ``Comparator`` requires between a version and its bound.
  enum Operation: Sendable, Hashable {
    case equal
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual

    /// The operator as node-semver prints it, with `=` printed as nothing.
    var symbol: String {
      switch self {
      case .equal: ""
      case .less: "<"
      case .lessOrEqual: "<="
      case .greater: ">"
      case .greaterOrEqual: ">="
      }
    }
  }
}
