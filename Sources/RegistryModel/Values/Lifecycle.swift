/// Where a service or a version stands: `planned` → `active` → `deprecated` → `retired`.
public enum Lifecycle: String, Sendable, Hashable, CaseIterable, Comparable, CustomStringConvertible
{
  /// Announced, not yet in use.
  case planned
  /// In use.
  case active
  /// Still running, but on its way out: nothing new should depend on it.
  case deprecated
  /// End of life; the record stays for history and for links that still name it.
  case retired

  /// Parses a lifecycle word, or explains which words are allowed.
  public init(validating text: some StringProtocol) throws(ModelError) {
    guard let value = Lifecycle(rawValue: String(text)) else {
      throw .invalidLifecycle(String(text))
    }
    self = value
  }

  public var description: String { rawValue }

  /// Whether dependents may still rely on it without a warning.
  public var isLive: Bool { self == .planned || self == .active }

  private var order: Int {
    switch self {
    case .planned: 0
    case .active: 1
    case .deprecated: 2
    case .retired: 3
    }
  }

  public static func < (lhs: Lifecycle, rhs: Lifecycle) -> Bool { lhs.order < rhs.order }
}
