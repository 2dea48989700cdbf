import DependencyGraph
import Exchange
import RegistryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `svcreg-bench export` and `svcreg-bench import`: times every export format and the CSV
/// import on a generated estate; see scripts/bench-exchange.
struct ExchangeBenchmark {
  let options: ExchangeBenchOptions

  /// Runs the benchmark the arguments name and returns the exit status, or `nil` when they
  /// name another benchmark.
  static func runIfAsked(_ arguments: [String]) -> Int32? {
    do {
      guard let options = try ExchangeBenchOptions(arguments: arguments) else { return nil }
      try ExchangeBenchmark(options: options).run()
      return 0
    } catch {
      let message = "svcreg-bench: \(error)\n\(ExchangeBenchOptions.usage)\n"
      _ = message.withCString { write(2, $0, strlen($0)) }
      return 2
    }
  }

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let registry = EstateGenerator(
      serviceCount: options.services, linkCount: options.links, seed: options.seed
    ).generate()
    print(
      "estate: \(registry.services.count) services, \(registry.linkCount) links, "
        + "\(registry.units.count) units (seed \(options.seed), generated in "
        + "\(Timing.milliseconds(clock.now - started)) ms)")
    print("median of \(options.runs) runs, in milliseconds:")
    switch options.mode {
    case .export: try runExport(registry)
    case .import: try runImport(registry)
    }
  }

  private func runExport(_ registry: Registry) throws {
    let timing = Timing(runs: options.runs)
    let graph = DependencyGraph(registry)
    timing.report("graph", "building the graph, links") { DependencyGraph(registry).edgeCount }
    let selection = try ExportSelection(registry: registry, graph: graph)
    timing.report("selection", "resolving the scope, loops and units, links") {
      (try? ExportSelection(registry: registry, graph: graph))?.links.count ?? 0
    }
    let formats: [(String, (ExportSelection) -> [UInt8])] = [
      ("dot", { DOTExporter().export($0) }), ("mermaid", { MermaidExporter().export($0) }),
      ("graphml", { GraphMLExporter().export($0) }), ("json", { JSONExporter().export($0) }),
      (
        "csv",
        { selection in
          let files = CSVExporter().export(selection)
          return files.services + files.links
        }
      ),
    ]
    for (name, export) in formats {
      timing.report(name, "\(name) alone, bytes") { export(selection).count }
    }
    // What `svcreg export FORMAT -o FILE` does after reading the registry: graph, scope,
    // format, and an atomic write when a folder is given.
    for (name, export) in formats {
      timing.report("all-" + name, "graph + selection + \(name) + write, bytes") {
        let graph = DependencyGraph(registry)
        guard let selection = try? ExportSelection(registry: registry, graph: graph) else {
          return 0
        }
        let bytes = export(selection)
        if let out = options.out {
          try? AtomicFile.write(bytes, to: "\(out)/estate.\(name)")
        }
        return bytes.count
      }
    }
  }

  private func runImport(_ registry: Registry) throws {
    let selection = try ExportSelection(registry: registry)
    let files = CSVExporter().export(selection)
    print(
      "csv: services.csv \(files.services.count) bytes, links.csv \(files.links.count) bytes")
    if let out = options.csvOut {
      try AtomicFile.createFolder(out)
      try AtomicFile.write(files.services, to: "\(out)/services.csv")
      try AtomicFile.write(files.links, to: "\(out)/links.csv")
    }
    let empty = Registry(settings: registry.settings)
    let importer = InventoryImporter(options: ImportOptions(unknownUnits: .create))
    let services = InventoryDocument(name: "services.csv", bytes: files.services)
    let links = InventoryDocument(name: "links.csv", bytes: files.links)
    let timing = Timing(runs: options.runs)
    timing.report("services", "parse + plan + apply of services.csv, services") {
      let plan = importer.plan(services: services, against: empty)
      var imported = empty
      if plan.errors.isEmpty { plan.apply(to: &imported) }
      return imported.services.count
    }
    var imported = empty
    importer.plan(services: services, against: empty).apply(to: &imported)
    timing.report("reimport", "services.csv again into the result, unchanged") {
      importer.plan(services: services, against: imported).unchanged
    }
    var result = empty
    timing.report("with-links", "services.csv + links.csv, links") {
      let plan = importer.plan(services: services, links: links, against: empty)
      var imported = empty
      if plan.errors.isEmpty { plan.apply(to: &imported) }
      result = imported
      return imported.linkCount
    }
    print(
      "round trip: the imported estate \(result == registry ? "equals" : "DIFFERS FROM") "
        + "the generated one")
  }
}
