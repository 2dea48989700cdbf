/// Kinds of service that can stand in for each other: an application, platform or portal may
/// duplicate one another, while an API or a mobile app beside an application usually serves it.
enum KindFamily: Sendable, Hashable {
  case application
  case website
  case api
  case mobile
  case data
  case infrastructure
  case other(String)

  /// The family of a kind word.
  init(_ kind: String) {
    switch kind {
    case "application", "platform", "portal", "system", "service", "saas": self = .application
    case "website", "site", "web": self = .website
    case "api", "gateway", "integration", "web-service": self = .api
    case "mobile-app", "mobile", "android", "ios": self = .mobile
    case "database", "data", "dwh", "data-warehouse": self = .data
    case "infrastructure", "server", "network", "hosting", "cloud": self = .infrastructure
    default: self = .other(kind)
    }
  }

  /// How much a pair's score keeps when one is of this family and the other of `other`.
  func factor(with other: KindFamily) -> Double {
    if self == other { return 1 }
    switch (self, other) {
    case (.application, .website), (.website, .application): return 0.9
    case (.application, .mobile), (.mobile, .application): return 0.85
    default: return 0.8
    }
  }
}
