import RegistryModel
import SemVer
import Testing

/// Services, links and version records keep parts of themselves in shared boxes to save memory;
/// they must still behave exactly like plain values.
@Suite struct ValueSemanticsTests {
  static func service() throws -> Service {
    Service(
      id: try ServiceID(validating: "siakad"), unit: try UnitPath(validating: "ptkn/uin-jakarta"),
      name: "SIAKAD", tags: ["b", "a", "b"],
      versions: [
        ServiceVersion(try Version(parsing: "1.0.0")),
        ServiceVersion(try Version(parsing: "2.0.0")),
      ],
      links: [
        Link(to: try ServiceID(validating: "sso"), range: try VersionRange(parsing: "^1")),
        Link(to: try ServiceID(validating: "pddikti"), kind: try Kind(validating: "data")),
      ])
  }

  @Test func changingACopyLeavesTheOriginalAlone() throws {
    let original = try Self.service()
    var copy = original
    copy.name = "SIAKAD Baru"
    copy.links.append(Link(to: try ServiceID(validating: "aaa")))
    copy.versions[0].lifecycle = .deprecated
    copy.deprecation = Deprecation(reason: "merged")
    #expect(original.name == "SIAKAD")
    #expect(original.links.map(\.target.rawValue) == ["pddikti", "sso"])
    #expect(original.versions.map(\.lifecycle) == [.active, .active])
    #expect(original.deprecation == nil)
    #expect(copy != original)
    #expect(copy.deprecation?.reason == "merged")
  }

  @Test func changesInPlaceKeepTheCanonicalOrder() throws {
    var service = try Self.service()
    #expect(service.tags == ["a", "b"])
    #expect(service.versions.map(\.version.description) == ["2.0.0", "1.0.0"])
    service.links.append(Link(to: try ServiceID(validating: "aaa")))
    service.versions.append(ServiceVersion(try Version(parsing: "3.0.0-rc.1")))
    service.tags = ["z", "c", "z"]
    #expect(service.links.map(\.target.rawValue) == ["aaa", "pddikti", "sso"])
    #expect(service.versions.map(\.version.description) == ["3.0.0-rc.1", "2.0.0", "1.0.0"])
    #expect(service.tags == ["c", "z"])
  }

  @Test func equalValuesAreEqualAndHashAlikeWhateverTheirBoxes() throws {
    let one = try Self.service()
    let other = try Self.service()
    #expect(one == other)
    #expect(Set([one, other]).count == 1)
    var changed = other
    changed.links[0].note = "via gateway"
    #expect(changed != one)
    changed.links[0].note = nil
    #expect(changed == one)
  }

  @Test func aLinksTermsChangeOneAtATime() throws {
    var link = Link(
      to: try ServiceID(validating: "sso"), range: try VersionRange(parsing: "^1"),
      kind: try Kind(validating: "auth"), note: "login")
    let before = link
    link.range = try VersionRange(parsing: "^2")
    #expect(link.range.source == "^2" && link.kind?.rawValue == "auth" && link.note == "login")
    link.kind = nil
    #expect(link.range.source == "^2" && link.kind == nil && link.note == "login")
    #expect(before.range.source == "^1" && before.kind?.rawValue == "auth")
  }

  @Test func sharedTermsAreOneBoxPerDistinctTerms() throws {
    var interner = LinkTerms.Interner()
    let caret = try VersionRange(parsing: "^1")
    let auth = try Kind(validating: "auth")
    let first = interner.terms(range: caret, kind: auth, note: nil)
    #expect(first === interner.terms(range: try VersionRange(parsing: "^1"), kind: auth, note: nil))
    #expect(first !== interner.terms(range: caret, kind: nil, note: nil))
    #expect(first !== interner.terms(range: caret, kind: auth, note: "x"))
  }

  @Test(arguments: ["2024-02-29", "0001-01-01", "9999-12-31", "2025-06-30"])
  func datesKeepTheirPartsAndOrder(_ text: String) throws {
    let date = try CalendarDate(validating: text)
    #expect(date.description == text)
    let next = try CalendarDate(year: date.year, month: date.month, day: date.day)
    #expect(next == date)
    #expect(try CalendarDate(validating: "2024-12-31") < CalendarDate(validating: "2025-01-01"))
    #expect(try CalendarDate(validating: "2025-01-31") < CalendarDate(validating: "2025-02-01"))
  }
}
