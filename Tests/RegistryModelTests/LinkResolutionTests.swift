import RegistryModel
import SemVer
import TestSupport
import Testing

/// The version a link resolves to, against the definition read literally: of the target's
/// versions that the range selects and that are not retired, the highest by precedence.
@Suite struct LinkResolutionTests {
  private static let ranges = [
    "*", "^1", "~1.2", ">=1.1 <2", "1.x", "^0.2", "2", ">=3", "1.2.3 - 2.0.0", "^1 || ^3",
    "<1.0.0-rc.1", ">=1.0.0-alpha",
  ]

  /// The slow, obviously right answer.
  private func reference(_ link: Link, _ target: Service) -> LinkResolution {
    if target.versions.isEmpty { return .unversioned }
    let candidates = target.versions.filter {
      $0.lifecycle != .retired && link.range.contains($0.version)
    }.map(\.version)
    guard var best = candidates.first else { return .noVersionMatches }
    for version in candidates where version.compareByPrecedence(best) > 0 { best = version }
    return .version(best)
  }

  @Test(arguments: 0..<200)
  func agreesWithTheDefinition(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed))
    var versions: [ServiceVersion] = []
    var seen = Set<String>()
    for _ in 0..<random.below(7) {
      var text = "\(random.below(4)).\(random.below(4)).\(random.below(3))"
      if random.chance(0.2) { text += ["-alpha", "-rc.1", "-beta.2"][random.below(3)] }
      guard seen.insert(text).inserted else { continue }
      let lifecycle: Lifecycle = [.active, .active, .deprecated, .retired, .planned][
        random.below(5)]
      versions.append(ServiceVersion(try Version(parsing: text), lifecycle: lifecycle))
    }
    let target = Service(
      id: try ServiceID(validating: "target"), unit: try UnitPath(validating: "pusat"),
      name: "Target", versions: versions)
    let range = try VersionRange(parsing: Self.ranges[random.below(Self.ranges.count)])
    let link = Link(to: target.id, range: range)
    #expect(link.resolution(in: target) == reference(link, target), "\(range.source) \(versions)")
  }
}
