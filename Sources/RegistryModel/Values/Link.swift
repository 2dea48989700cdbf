import SemVer

/// A dependency: the service holding this link depends on `target`, in the versions `range`
/// selects.
public struct Link: Sendable, Hashable {
  /// The service depended on.
  public var target: ServiceID
  /// The range, kind and note, in one box that links saying the same thing can share.
  public var terms: LinkTerms

  /// Creates a link.
  public init(
    to target: ServiceID, range: VersionRange = .any, kind: Kind? = nil, note: String? = nil
  ) {
    self.target = target
    self.terms = LinkTerms(range: range, kind: kind, note: note)
  }

  /// Creates a link whose terms are shared with other links; O(1), no allocation.
  public init(to target: ServiceID, terms: LinkTerms) {
    self.target = target
    self.terms = terms
  }

  /// The versions of the target that will do; `*` when any will.
  public var range: VersionRange {
    get { terms.range }
    set { terms = LinkTerms(range: newValue, kind: terms.kind, note: terms.note) }
  }

  /// What the dependency is for (`auth`, `data`, …), when said.
  public var kind: Kind? {
    get { terms.kind }
    set { terms = LinkTerms(range: terms.range, kind: newValue, note: terms.note) }
  }

  /// A note for people.
  public var note: String? {
    get { terms.note }
    set { terms = LinkTerms(range: terms.range, kind: terms.kind, note: newValue) }
  }
}

/// What a link says besides its target: the range, the kind and the note.
///
/// A registry of a million services has ten million links but only a few thousand distinct
/// terms, so readers share one immutable box per distinct terms (see `LinkTerms.Interner`)
/// and a link costs 24 bytes instead of about a hundred.
public final class LinkTerms: Sendable, Hashable {
  /// The versions of the target that will do.
  public let range: VersionRange
  /// What the dependency is for, when said.
  public let kind: Kind?
  /// A note for people.
  public let note: String?

  /// Creates terms.
  public init(range: VersionRange, kind: Kind?, note: String?) {
    self.range = range
    self.kind = kind
    self.note = note
  }

  public static func == (lhs: LinkTerms, rhs: LinkTerms) -> Bool {
    lhs === rhs || (lhs.range == rhs.range && lhs.kind == rhs.kind && lhs.note == rhs.note)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(range)
    hasher.combine(kind)
    hasher.combine(note)
  }

  /// Hands out one shared box per distinct terms while a registry is read; O(1) per link.
  public struct Interner: Sendable {
    private struct Key: Hashable {
      var range: String
      var includePrerelease: Bool
      var kind: String?
      var note: String?
    }

    private var known: [Key: LinkTerms] = [:]

    /// Creates an empty interner.
    public init() {}

    /// The shared box for these terms.
    public mutating func terms(range: VersionRange, kind: Kind?, note: String?) -> LinkTerms {
      let key = Key(
        range: range.source, includePrerelease: range.includePrerelease, kind: kind?.rawValue,
        note: note)
      if let shared = known[key] { return shared }
      let made = LinkTerms(range: range, kind: kind, note: note)
      known[key] = made
      return made
    }
  }
}
