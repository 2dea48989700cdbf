/// An error type that can carry a store error, so that a closure-scoped write can throw the
/// caller's own errors and the store's as one type.
public protocol StoreErrorConvertible: Error {
  /// Wraps `error`.
  init(storeError error: StoreError)
}

extension StoreError: StoreErrorConvertible {
  /// `error` itself.
  public init(storeError error: StoreError) { self = error }
}
