/// An operator as written before a version in a range, before desugaring.
enum RangeOperator {
  /// No operator: an exact version or an x-range such as `1.2.x`.
  case none
  case equal
  case less
  case lessOrEqual
  case greater
  case greaterOrEqual
  /// `~` or `~>`: patch-level changes.
  case tilde
  /// `^`: changes that keep the left-most non-zero number.
  case caret
}
