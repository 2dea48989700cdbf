import SemVer

/// `ID`, `ID@VERSION` or `ID@RANGE`: a service, one of its versions, or the versions a range
/// selects.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
  /// What part of the service a reference selects.
  public enum Selector: Sendable, Hashable {
    /// The whole service.
    case service
    /// Exactly one version.
    case version(Version)
    /// The versions a range selects.
    case range(VersionRange)
  }

  /// The service referred to.
  public var service: ServiceID
  /// The part of it selected.
  public var selector: Selector

  /// Creates a reference.
  public init(_ service: ServiceID, _ selector: Selector = .service) {
    self.service = service
    self.selector = selector
  }

  /// Parses `ID`, `ID@VERSION` or `ID@RANGE`; a text after `@` that is a plain version is a
  /// version, anything else must be a range.
  public init(validating text: some StringProtocol) throws(ModelError) {
    let text = String(text)
    guard let at = text.firstIndex(of: "@") else {
      service = try ServiceID(validating: text)
      selector = .service
      return
    }
    service = try ServiceID(validating: text[..<at])
    let rest = text[text.index(after: at)...]
    guard !rest.isEmpty else {
      throw .invalidReference(text, reason: "nothing follows '@'")
    }
    if let version = try? Version(parsing: rest) {
      selector = .version(version)
    } else {
      let range: VersionRange
      do {
        range = try VersionRange(parsing: rest)
      } catch {
        throw .invalidReference(text, reason: error.description)
      }
      // Only blank text (spaces, a byte order mark) parses to a range with nothing in it,
      // which would print as `ID@`, a reference that does not read back (found by fuzzing).
      guard !range.source.isEmpty else {
        throw .invalidReference(text, reason: "nothing follows '@'")
      }
      selector = .range(range)
    }
  }

  /// The reference as a user would type it.
  public var description: String {
    switch selector {
    case .service: service.rawValue
    case .version(let version): "\(service)@\(version)"
    case .range(let range): "\(service)@\(range.source)"
    }
  }
}
