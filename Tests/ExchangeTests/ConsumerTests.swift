import Exchange
import Foundation
import RegistryModel
import TestSupport
import Testing

/// The programs that read exports, reading them: Graphviz renders every DOT export, networkx
/// reads every GraphML export with the same nodes, edges and attributes, and Foundation reads
/// the JSON. These run real tools, which `scripts/install-dependencies` installs; they are
/// never skipped.
@Suite struct ConsumerTests {
  static let scopes: [(String, ExportScope)] = [
    ("everything", .everything),
    ("siakad depth 1", ExportScope(root: ServiceID("siakad-uin-jakarta")!, depth: 1)),
    ("sso reverse", ExportScope(root: ServiceID("sso")!, reverse: true)),
    ("unit pusat", ExportScope(unit: UnitPath("pusat")!)),
    ("legacy alone", ExportScope(root: ServiceID("legacy-portal")!, depth: 0)),
  ]

  /// The hostile registry with one more service whose name spans lines and holds every
  /// character that needs escaping somewhere; the model refuses such a name, exporters must
  /// still cope with it.
  static var registry: Registry {
    var registry = HostileRegistry.registry
    let unit = UnitPath("pusat/setjen")!
    registry.services[ServiceID("zz-lines")!] = Service(
      id: ServiceID("zz-lines")!, unit: unit,
      name: "Line one \"q\"\nline <two> & {three}\\\r\n#35; %%{init}%% `x` ñ\u{1}",
      description: "x\u{0}y\u{FFFE}z\r\n")
    return registry
  }

  @Test(arguments: scopes.map(\.0))
  func graphvizRendersEveryDOTExport(scope name: String) throws {
    let scope = Self.scopes.first { $0.0 == name }!.1
    let selection = try ExportSelection(registry: Self.registry, scope: scope)
    let path = try Consumers.temporaryFile(DOTExporter().export(selection), named: "graph.dot")
    let result = try Consumers.run("dot", ["-Tsvg", path])
    #expect(result.status == 0, "dot failed: \(result.errorOutput)")
    let svg = String(decoding: result.output, as: UTF8.self)
    #expect(svg.contains("<svg"))
    let texts = Consumers.svgTexts(svg)
    for service in selection.nodes where service.id.rawValue != "zz-lines" {
      #expect(texts.contains(service.name), "\(service.name) not drawn: \(texts)")
      #expect(texts.contains(service.id.rawValue))
    }
    if selection.nodes.contains(where: { $0.id.rawValue == "zz-lines" }) {
      #expect(texts.contains("Line one \"q\""))
      #expect(texts.contains("line <two> & {three}\\"))
      #expect(texts.contains("#35; %%{init}%% `x` ñ"))
    }
    // Every link on a loop, and only those, is drawn red.
    let edges = svg.components(separatedBy: "class=\"edge\"").dropFirst().map {
      $0.components(separatedBy: "</g>")[0]
    }
    #expect(edges.count == selection.links.count)
    #expect(
      edges.filter { $0.contains("stroke=\"red\"") }.count
        == selection.links.filter(\.inCycle).count)
  }

  @Test(arguments: scopes.map(\.0))
  func networkxReadsEveryGraphMLExport(scope name: String) throws {
    let scope = Self.scopes.first { $0.0 == name }!.1
    let selection = try ExportSelection(registry: Self.registry, scope: scope)
    let path = try Consumers.temporaryFile(
      GraphMLExporter().export(selection), named: "graph.graphml")
    let script = """
      import json, sys, networkx
      g = networkx.read_graphml(sys.argv[1])
      print(json.dumps({
        "directed": g.is_directed(),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": sorted([[u, v, d] for u, v, d in g.edges(data=True)], key=lambda e: (e[0], e[1])),
      }))
      """
    let result = try Consumers.run("python3", ["-c", script, path])
    #expect(result.status == 0, "networkx failed: \(result.errorOutput)")
    let read = try #require(
      try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    #expect(read["directed"] as? Bool == true)
    let nodes = try #require(read["nodes"] as? [String: [String: Any]])
    let edges = try #require(read["edges"] as? [[Any]])
    #expect(nodes.count == selection.nodes.count + selection.missingTargets.count)
    #expect(edges.count == selection.links.count)
    for service in selection.nodes {
      let node = try #require(nodes[service.id.rawValue])
      #expect(node["name"] as? String == Self.xmlAllowed(service.name))
      #expect(node["description"] as? String == service.description.map(Self.xmlAllowed))
      #expect(node["unit"] as? String == service.unit.description)
      #expect(node["kind"] as? String == service.kind.rawValue)
      #expect(node["lifecycle"] as? String == service.lifecycle.rawValue)
      #expect(
        node["tags"] as? String
          == (service.tags.isEmpty ? nil : service.tags.joined(separator: ",")))
      #expect(
        node["versions"] as? String
          == (service.versions.isEmpty
            ? nil : service.versions.map(\.version.description).joined(separator: ",")))
    }
    for missing in selection.missingTargets {
      #expect(nodes[missing.rawValue]?["lifecycle"] as? String == "missing")
    }
    let expected = selection.links.map { link in
      (selection.nodes[link.source].id.rawValue, selection.targetID(of: link).rawValue, link)
    }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    for (edge, (from, to, link)) in zip(edges, expected) {
      #expect(edge[0] as? String == from)
      #expect(edge[1] as? String == to)
      let data = try #require(edge[2] as? [String: Any])
      let facts = selection.link(link)
      #expect(data["cycle"] as? Bool == link.inCycle)
      #expect(data["range"] as? String == facts.range.source)
      #expect(data["kind"] as? String == facts.kind?.rawValue)
      #expect(data["note"] as? String == facts.note)
    }
  }

  @Test(arguments: scopes.map(\.0))
  func foundationReadsEveryJSONExport(scope name: String) throws {
    let scope = Self.scopes.first { $0.0 == name }!.1
    let selection = try ExportSelection(registry: Self.registry, scope: scope)
    let bytes = JSONExporter().export(selection)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    let nodes = try #require(document["nodes"] as? [[String: Any]])
    let links = try #require(document["links"] as? [[String: Any]])
    #expect(nodes.map { $0["id"] as? String } == selection.nodes.map(\.id.rawValue))
    #expect(nodes.map { $0["name"] as? String } == selection.nodes.map(\.name))
    #expect(nodes.map { $0["description"] as? String } == selection.nodes.map(\.description))
    #expect(links.count == selection.links.count)
    #expect(
      links.filter { $0["cycle"] as? Bool == true }.count == selection.links.filter(\.inCycle).count
    )
    if let sso = nodes.first(where: { $0["id"] as? String == "sso" }) {
      let versions = try #require(sso["versions"] as? [[String: Any]])
      #expect(versions.map { $0["version"] as? String } == ["2.1.0", "1.0.0"])
      #expect(versions.map { $0["lifecycle"] as? String } == ["active", "deprecated"])
      #expect(versions.first?["released"] as? String == "2024-01-15")
      let deprecation = try #require(versions.last?["deprecation"] as? [String: Any])
      #expect(deprecation["replacedBy"] as? String == "sso@^2")
    }
  }

  /// `text` without the characters XML 1.0 forbids, which GraphML export drops.
  static func xmlAllowed(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          ($0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r") && $0.value < 0xFFFE
        }))
  }

  @Test func aMissingGraphvizIsSaidPlainly() {
    #expect(GraphvizRenderer.locate(path: "/nonexistent:/also/not") == nil)
    #expect(
      ExportError.graphvizMissing.description
        == "Graphviz's dot is not installed; install graphviz or export dot and render it "
        + "elsewhere")
    #expect(GraphvizRenderer.locate() != nil, "install graphviz: scripts/install-dependencies")
  }
}
