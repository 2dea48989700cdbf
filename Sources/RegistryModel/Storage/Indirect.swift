/// An optional value kept on the heap, so that a field most values leave empty costs one
/// pointer instead of its full size in every copy of the value that holds it.
///
/// A service's deprecation, for example, is about a hundred bytes and absent from almost every
/// service; at a million services the difference is a hundred megabytes. Copies share the box;
/// assigning a new value makes a new one, so value semantics are kept.
@propertyWrapper
public struct Indirect<Wrapped: Sendable & Hashable>: Sendable, Hashable {
  private indirect enum Storage: Sendable, Hashable {
    case none
    case some(Wrapped)
  }

  private var storage: Storage

  /// Wraps `wrappedValue`.
  public init(wrappedValue: Wrapped?) {
    storage = wrappedValue.map(Storage.some) ?? .none
  }

  /// The value, or nil.
  public var wrappedValue: Wrapped? {
    get {
      switch storage {
      case .none: nil
      case .some(let value): value
      }
    }
    set { storage = newValue.map(Storage.some) ?? .none }
  }
}
