import RegistryModel
import TestSupport
import Testing

@testable import RegistryStore

/// `RegistryFileMerge`: three versions of a registry file merged field by field.
@Suite struct RegistryFileMergeTests {
  static let base = """
    name = "X"
    kind = "application"
    tags = ["a", "b"]

    [[versions]]
    version = "1.0.0"

    [[links]]
    to = "sso"

    """

  static func merge(_ ours: String, _ theirs: String, base: String = base) -> RegistryFileMerge
    .Outcome?
  {
    RegistryFileMerge.merge(
      base: base, ours: ours, theirs: theirs, path: "registry/services/pusat/a/x.toml")
  }

  @Test func changesToDifferentFieldsMergeCleanlyIntoCanonicalForm() throws {
    let ours = Self.base.replacingOccurrences(of: "name = \"X\"", with: "name = \"Ours\"")
    let theirs = Self.base + "\n[[links]]\nto = \"mail\"\nrange = \"^2\"\n"
    let outcome = try #require(Self.merge(ours, theirs))
    #expect(outcome.conflicts.isEmpty)
    #expect(outcome.text.hasPrefix("name = \"Ours\"\n"))
    #expect(outcome.text.contains("to = \"mail\"\nrange = \"^2\""))
    #expect(outcome.text.contains("to = \"sso\""))
  }

  @Test func tagsAreMergedAsSets() throws {
    let ours = Self.base.replacingOccurrences(of: "[\"a\", \"b\"]", with: "[\"a\", \"b\", \"c\"]")
    let theirs = Self.base.replacingOccurrences(of: "[\"a\", \"b\"]", with: "[\"b\"]")
    let outcome = try #require(Self.merge(ours, theirs))
    #expect(outcome.conflicts.isEmpty)
    #expect(outcome.text.contains("tags = [\"b\", \"c\"]"))
  }

  @Test func aLinkChangedOnOneSideAndRemovedOnTheOtherConflicts() throws {
    let ours = Self.base.replacingOccurrences(
      of: "to = \"sso\"", with: "to = \"sso\"\nrange = \"^3\"")
    let theirs = Self.base.replacingOccurrences(of: "\n[[links]]\nto = \"sso\"\n", with: "")
    let outcome = try #require(Self.merge(ours, theirs))
    #expect(outcome.conflicts == ["link to sso"])
    #expect(outcome.text.contains("<<<<<<< ours (registry/services/pusat/a/x.toml)\n"))
    #expect(outcome.text.contains("=======\n>>>>>>> theirs (registry/services/pusat/a/x.toml)"))
  }

  @Test func aVersionThatDoesNotParseIsLeftToGitsLineMerge() {
    let broken = Self.base + "<<<<<<< HEAD\n"
    #expect(Self.merge(broken, Self.base + "\n# theirs\n") == nil)
    #expect(
      RegistryFileMerge.merge(base: "", ours: "a", theirs: "b", path: "README.md") == nil)
  }

  @Test func unitsMergeUnitByUnit() throws {
    let base = "[[units]]\npath = \"pusat/a\"\nname = \"A\"\nlevel = \"central\"\n"
    let ours = base + "\n[[units]]\npath = \"pusat/b\"\nname = \"B\"\nlevel = \"central\"\n"
    let theirs = base.replacingOccurrences(of: "\"A\"", with: "\"A2\"")
    let outcome = try #require(
      RegistryFileMerge.merge(base: base, ours: ours, theirs: theirs, path: "units.toml"))
    #expect(outcome.conflicts.isEmpty, "\(outcome.text)")
    let units = try UnitsCodec.decode(outcome.text, filePath: "units.toml")
    #expect(units[RegistryBuilder.unitPath("pusat/a")]?.name == "A2")
    #expect(units[RegistryBuilder.unitPath("pusat/b")]?.name == "B")
  }

  @Test func conflictMarkersSurroundOnlyTheLinesThatDiffer() {
    let text = ConflictMarkers.text(
      ours: "a\nb\nc\nd", theirs: "a\nB\nc\nd", oursLabel: "ours", theirsLabel: "theirs")
    #expect(text == "a\n<<<<<<< ours\nb\n=======\nB\n>>>>>>> theirs\nc\nd")
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
