import RegistryModel
import SemVer

/// What a link's range selects among its target's versions, which are kept newest first.
struct RangeResolution {
  // 32-bit positions, -1 for none, keep one per link at 12 bytes.
  private var storedResolved: Int32 = -1
  private var storedNewestMatch: Int32 = -1
  /// Whether the range selects the target's newest active version (`false` if it has none).
  private(set) var includesNewestActive = false
  /// Set by the lock checks when the link is sure to have no finding, to skip it quickly.
  var isClean = false

  /// A link not resolved, standing in for links that are not checked.
  static let unresolved = RangeResolution()

  private init() {}

  /// Resolves `range` against `versions`, where `newestActive` is the index of the first
  /// active one; O(versions) range tests at worst, usually one or two.
  init(range: VersionRange, versions: [ServiceVersion], newestActive: Int?) {
    for index in versions.indices where range.contains(versions[index].version) {
      if storedNewestMatch < 0 { storedNewestMatch = Int32(index) }
      if versions[index].lifecycle != .retired {
        storedResolved = Int32(index)
        break
      }
    }
    guard let newestActive else { return }
    // Every version down to `resolved` was tested above, so only a newest active version below
    // it needs a test of its own.
    if let resolved, resolved < newestActive {
      includesNewestActive = range.contains(versions[newestActive].version)
    } else {
      includesNewestActive = resolved == newestActive
    }
  }

  /// The newest version the range selects that is not retired: what the link resolves to.
  var resolved: Int? { storedResolved < 0 ? nil : Int(storedResolved) }

  /// The newest version the range selects, whatever its lifecycle.
  var newestMatch: Int? { storedNewestMatch < 0 ? nil : Int(storedNewestMatch) }

  /// Whether `range` allows any release version, as `*`, `x` or an empty range do; O(range).
  static func allowsAnyVersion(_ range: VersionRange) -> Bool {
    range.description == "*"
  }
}
