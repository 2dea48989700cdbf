/// The part of a version a parser was reading when it stopped, to explain what may follow.
enum VersionSection {
  case major
  case minor
  case patch
  case prerelease
  case build

  /// The name of the part in messages, such as `"minor"`.
  var name: String {
    switch self {
    case .major: "major"
    case .minor: "minor"
    case .patch: "patch"
    case .prerelease: "prerelease"
    case .build: "build metadata"
    }
  }
}
