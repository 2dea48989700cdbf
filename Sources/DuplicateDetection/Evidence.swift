/// One reason a cluster's services look like duplicates, for a person to check.
public enum Evidence: Sendable, Hashable, CustomStringConvertible {
  /// Services reached at the same URL (normalised: no scheme, `www.` or trailing slash).
  case sameURL(String)
  /// Services of one unit whose names normalise to the same words.
  case sameNormalisedName(String)
  /// Services described by the very same text (case and punctuation aside).
  case sameDescription(String)
  /// An acronym read as the words it stands for.
  case acronym(String, expansion: String)
  /// A word read as the canonical job word it translates or means.
  case translated(String, to: String)
  /// Words that say what the services do and that most of them share.
  case sharedWords([String])
  /// Tags most of the services share.
  case sharedTags([String])
  /// Words most of the services' descriptions share.
  case sharedDescriptionWords([String])

  /// A short name of the case, for programs: `sameURL`, `acronym`, …
  public var kind: String {
    switch self {
    case .sameURL: "sameURL"
    case .sameNormalisedName: "sameNormalisedName"
    case .sameDescription: "sameDescription"
    case .acronym: "acronym"
    case .translated: "translated"
    case .sharedWords: "sharedWords"
    case .sharedTags: "sharedTags"
    case .sharedDescriptionWords: "sharedDescriptionWords"
    }
  }

  /// The evidence in words, such as `SIAKAD = sistem informasi akademik`.
  public var description: String {
    switch self {
    case .sameURL(let url): "same URL \(url)"
    case .sameNormalisedName(let name): "same name '\(name)' in one unit"
    case .sameDescription(let text): "same description '\(text)'"
    case .acronym(let acronym, let expansion): "\(acronym) = \(expansion)"
    case .translated(let word, let canonical): "\(word) = \(canonical)"
    case .sharedWords(let words): "shared words: " + words.joined(separator: ", ")
    case .sharedTags(let tags): "shared tags: " + tags.joined(separator: ", ")
    case .sharedDescriptionWords(let words):
      "shared description words: " + words.joined(separator: ", ")
    }
  }
}
