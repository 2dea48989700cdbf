/// One primitive test such as `>=1.2.0` or `<2.0.0-0`; a range is an OR of ANDs of these.
struct Comparator: Sendable, Hashable {
  /// How a version is compared with ``version``.
  var operation: Operation

  /// The bound, without build metadata.
  var version: Version

  /// Whether `candidate` passes this test alone, by semver precedence; never allocates.
  func matches(_ candidate: Version) -> Bool {
    let order = candidate.compareByPrecedence(version)
    switch operation {
    case .equal: return order == 0
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    case .greaterOrEqual: return order >= 0
    }
  }

  /// Whether this is node-semver's "null set" `<0.0.0-0`, which no version satisfies.
  var isNullSet: Bool {
    operation == .less && version.major == 0 && version.minor == 0 && version.patch == 0
      && version.prerelease == [.numeric(0)]
  }

  /// Appends the canonical text, such as `>=1.2.0`; `=` is written as nothing, as node does.
  func write(to text: inout String) {
    text.append(operation.symbol)
    text.append(version.description)
  }
}
