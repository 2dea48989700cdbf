import RegistryModel
import SemVer

/// Shares what files repeat while a registry is read: parsed ranges by their text, link terms,
/// and the ids links name, so that the thousands of links asking `^2` of `akun-kemenag` share
/// one range, one terms box and one id string instead of a copy each.
struct ValueInterner {
  private var ranges: [String: VersionRange] = [:]
  private var terms = LinkTerms.Interner()
  private var ids: [ServiceID: ServiceID] = [:]

  /// The range `text` parses to, parsed once per distinct text.
  mutating func range(_ text: String) throws(SemVerError) -> VersionRange {
    if let known = ranges[text] { return known }
    let parsed = try VersionRange(parsing: text)
    ranges[text] = parsed
    return parsed
  }

  /// A link whose target id and terms are shared with the other links read through this
  /// interner; O(1) expected.
  mutating func link(to target: ServiceID, range: VersionRange, kind: Kind?, note: String?)
    -> Link
  {
    let shared: ServiceID
    if let known = ids[target] {
      shared = known
    } else {
      ids[target] = target
      shared = target
    }
    return Link(to: shared, terms: terms.terms(range: range, kind: kind, note: note))
  }
}
