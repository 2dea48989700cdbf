extension PartialVersion {
  /// One of the three numbers of a partial version.
  enum Component: Equatable {
    /// A number such as `2`.
    case number(UInt64)

    /// `x`, `X` or `*`: any value.
    case wildcard

    /// The number, or nil for a wildcard.
    var number: UInt64? {
      if case .number(let value) = self { return value }
      return nil
    }
  }
}
