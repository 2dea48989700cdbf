/// What each kind of finding means, in a sentence, for rule lists (SARIF) and help.
extension FindingCode {
  /// What findings of this kind report, in one sentence.
  public var summary: String {
    switch self {
    case .cycle: "Services depend on each other: a loop of links, or a link to itself."
    case .missingTarget: "A link names a service that is not registered."
    case .unsatisfiable: "A link's range matches no version of its target that is not retired."
    case .retiredDependency:
      "An active service depends on a retired service, or on only retired versions."
    case .deprecatedDependency:
      "An active service depends on a deprecated service or version, so that one cannot retire."
    case .sunsetPassed: "Something deprecated is past its sunset date and still depended on."
    case .pinnedBehind: "A link's range excludes the newest active version of its target."
    case .replacementLoop:
      "Replacements named by deprecations go round in a loop, or end in something retired."
    case .duplicate: "Two or more services are certainly the same service."
    case .brokenFile: "A registry file does not parse."
    case .linkOutside: "A symbolic link inside the registry leads out of it."
    case .noOwner: "A service that is not retired names no owner to answer for it."
    }
  }
}
