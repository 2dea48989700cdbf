import Exchange
import RegistryModel
import TestSupport
import Testing

/// Every format, on the hostile registry, byte for byte; see `GoldenFiles` to regenerate.
@Suite struct GoldenTests {
  let everything: ExportSelection
  let siakadDeps: ExportSelection
  let ssoDependents: ExportSelection
  let pusat: ExportSelection

  init() throws {
    let registry = HostileRegistry.registry
    everything = try ExportSelection(registry: registry)
    siakadDeps = try ExportSelection(
      registry: registry, scope: ExportScope(root: ServiceID("siakad-uin-jakarta")!, depth: 1))
    ssoDependents = try ExportSelection(
      registry: registry, scope: ExportScope(root: ServiceID("sso")!, reverse: true))
    pusat = try ExportSelection(registry: registry, scope: ExportScope(unit: UnitPath("pusat")!))
  }

  @Test func dot() throws {
    try golden.expect(DOTExporter().export(everything), matches: "registry.dot")
    try golden.expect(DOTExporter().export(siakadDeps), matches: "siakad-depth-1.dot")
  }

  @Test func mermaid() throws {
    try golden.expect(MermaidExporter().export(everything), matches: "registry.mmd")
    try golden.expect(MermaidExporter().export(ssoDependents), matches: "sso-reverse.mmd")
  }

  @Test func graphML() throws {
    try golden.expect(GraphMLExporter().export(everything), matches: "registry.graphml")
    try golden.expect(GraphMLExporter().export(pusat), matches: "unit-pusat.graphml")
  }

  @Test func json() throws {
    try golden.expect(JSONExporter().export(everything), matches: "registry.json")
  }

  @Test func csv() throws {
    let files = CSVExporter().export(everything)
    try golden.expect(files.services, matches: "services.csv")
    try golden.expect(files.links, matches: "links.csv")
  }

  @Test func theSameRegistryGivesTheSameBytes() throws {
    // Built again with services inserted in the opposite order, so dictionaries differ inside.
    var shuffled = Registry(settings: HostileRegistry.registry.settings)
    for unit in HostileRegistry.registry.units.values.reversed() {
      shuffled.units[unit.path] = unit
    }
    for service in HostileRegistry.registry.services.values.sorted(by: { $0.id > $1.id }) {
      shuffled.services[service.id] = service
    }
    let again = try ExportSelection(registry: shuffled)
    #expect(DOTExporter().export(again) == DOTExporter().export(everything))
    #expect(MermaidExporter().export(again) == MermaidExporter().export(everything))
    #expect(GraphMLExporter().export(again) == GraphMLExporter().export(everything))
    #expect(JSONExporter().export(again) == JSONExporter().export(everything))
    #expect(CSVExporter().export(again) == CSVExporter().export(everything))
  }
}
