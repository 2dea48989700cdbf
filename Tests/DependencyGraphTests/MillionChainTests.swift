import DependencyGraph
import RegistryModel
import TestSupport
import Testing

@Suite("A chain of a million services overflows nothing")
struct MillionChainTests {
  static let length = 1_000_000

  /// `s0000000 -> s0000001 -> … -> s0999999`, built once for the whole suite.
  static let chain = MillionChainTests.chain(length: length, closed: false)

  static let graph = DependencyGraph(chain)

  /// A chain of `length` services, each depending on the next; `closed`, the last depends on
  /// the first.
  static func chain(length: Int, closed: Bool) -> Registry {
    let unit = UnitPath("pusat")!
    let ids = (0..<length).map { ServiceID("s" + String(String(10_000_000 + $0).dropFirst()))! }
    var services: [ServiceID: Service] = [:]
    services.reserveCapacity(length)
    for (position, id) in ids.enumerated() {
      let next = position + 1 < length ? ids[position + 1] : closed ? ids[0] : nil
      services[id] = Service(
        id: id, unit: unit, name: id.rawValue, links: next.map { [Link(to: $0)] } ?? [])
    }
    return Registry(
      settings: RegistrySettings(name: "chain"),
      units: [unit: Unit(path: unit, name: "Pusat", level: .central)], services: services)
  }

  @Test("components: a million, none looping")
  func components() {
    let components = MillionChainTests.graph.stronglyConnectedComponents()
    #expect(components.count == MillionChainTests.length)
    #expect(components.cyclicComponents.isEmpty)
  }

  @Test("trees go a million deep, both ways")
  func trees() {
    let graph = MillionChainTests.graph
    let rows = graph.dependencyTree(of: 0)
    #expect(rows.count == MillionChainTests.length)
    #expect(rows.last?.depth == MillionChainTests.length - 1)
    let reverse = graph.dependencyTree(of: MillionChainTests.length - 1, reverse: true)
    #expect(reverse.count == MillionChainTests.length)
    #expect(reverse.last?.vertex == 0)
    #expect(graph.reachable(from: 0).count == MillionChainTests.length - 1)
  }

  @Test("why: the path from one end to the other")
  func path() {
    let graph = MillionChainTests.graph
    let path = graph.shortestPath(from: 0, to: MillionChainTests.length - 1)
    #expect(path?.count == MillionChainTests.length - 1)
    #expect(graph.shortestPath(from: MillionChainTests.length - 1, to: 0) == nil)
  }

  @Test("a ring of 100,000: one cycle, its loop, broken by one link")
  func ring() throws {
    let length = 100_000
    let ring = MillionChainTests.chain(length: length, closed: true)
    let graph = DependencyGraph(ring)
    let findings = LockFinder.findings(
      in: ring, graph: graph, today: RegistryBuilder.date("2025-01-01"))
    #expect(findings.count == 1)
    let cycle = try #require(findings.first)
    #expect(cycle.services.count == length)
    #expect(cycle.loop?.count == length + 1)
    #expect(cycle.breakingLinks.count == 1)
    #expect(graph.dependencyTree(of: 0).last?.alreadyShown == true)
  }
}
