import DependencyGraph
import RegistryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `svcreg-bench graph`: times the graph core on a generated estate and prints the medians.
struct GraphBenchmark {
  let options: BenchOptions

  func run() throws {
    let clock = ContinuousClock()
    let started = clock.now
    let registry = EstateGenerator(
      serviceCount: options.services, linkCount: options.links, seed: options.seed
    ).generate()
    let graph = DependencyGraph(registry)
    let today = try CalendarDate(year: 2025, month: 7, day: 1)
    let components = graph.stronglyConnectedComponents()
    let looping = components.cyclicComponents
    let findings = LockFinder.findings(in: registry, graph: graph, today: today)
    print(
      "estate: \(graph.vertexCount) services, \(graph.edgeCount) links between them, "
        + "\(graph.missingTargets.count) to missing services (seed \(options.seed), "
        + "generated in \(Timing.milliseconds(clock.now - started)) ms)")
    print(
      "components: \(components.count), \(looping.count) with loops, the largest of "
        + "\(looping.map(components.size(of:)).max() ?? 0) services")
    var byCode: [FindingCode: Int] = [:]
    for finding in findings { byCode[finding.code, default: 0] += 1 }
    print(
      "findings: "
        + FindingCode.allCases.map { "\($0) \(byCode[$0] ?? 0)" }
        .joined(separator: ", "))

    let depsRoot = (0..<graph.vertexCount).max {
      graph.dependencies(of: $0).count < graph.dependencies(of: $1).count
    }!
    let rdepsRoot = (0..<graph.vertexCount).max {
      graph.dependents(of: $0).count < graph.dependents(of: $1).count
    }!
    let depsRows = graph.dependencyTree(of: depsRoot)
    let rdepsRows = graph.dependencyTree(of: rdepsRoot, reverse: true)
    let whyTarget = Self.farthest(from: depsRoot, in: graph)
    let whyPath = graph.shortestPath(from: depsRoot, to: whyTarget)!
    // A `why` with no answer searches all that its first service reaches: the slowest kind.
    var reached = [Bool](repeating: false, count: graph.vertexCount)
    for vertex in graph.reachable(from: depsRoot) { reached[vertex] = true }
    let unreachable = (0..<graph.vertexCount).last { !reached[$0] && $0 != depsRoot }!
    print(
      "deps \(graph.id(at: depsRoot)): \(depsRows.count) rows; "
        + "rdeps \(graph.id(at: rdepsRoot)): \(rdepsRows.count) rows; "
        + "why \(graph.id(at: depsRoot)) \(graph.id(at: whyTarget)): \(whyPath.count) hops")
    print("median of \(options.runs) runs, in milliseconds:")

    let timing = Timing(runs: options.runs)
    timing.report("graph", "building the graph") { DependencyGraph(registry).edgeCount }
    timing.report("components", "strongly connected components") {
      graph.stronglyConnectedComponents().count
    }
    timing.report("locks", "every lock check, on a built graph") {
      LockFinder.findings(in: registry, graph: graph, today: today).count
    }
    timing.report("graph+locks", "building the graph and every lock check") {
      let fresh = DependencyGraph(registry)
      return LockFinder.findings(in: registry, graph: fresh, today: today).count
    }
    timing.report("deps", "deps tree of \(graph.id(at: depsRoot)), no depth limit") {
      graph.dependencyTree(of: depsRoot).count
    }
    timing.report("rdeps", "rdeps tree of \(graph.id(at: rdepsRoot)), no depth limit") {
      graph.dependencyTree(of: rdepsRoot, reverse: true).count
    }
    timing.report("why", "why \(graph.id(at: depsRoot)) \(graph.id(at: whyTarget))") {
      graph.shortestPath(from: depsRoot, to: whyTarget)?.count ?? 0
    }
    timing.report(
      "why-none", "why \(graph.id(at: depsRoot)) \(graph.id(at: unreachable)) (no path)"
    ) {
      graph.shortestPath(from: depsRoot, to: unreachable)?.count ?? 0
    }
    if let path = options.edgesOut { try EdgeListWriter.write(graph, to: path) }
  }

  /// The vertex farthest (in links) from `root` among those it reaches, the last such in id
  /// order: the longest answer `why` can give from `root`.
  static func farthest(from root: Int, in graph: DependencyGraph) -> Int {
    var distance = [Int](repeating: -1, count: graph.vertexCount)
    distance[root] = 0
    var queue = [root]
    var head = 0
    var best = root
    while head < queue.count {
      let vertex = queue[head]
      head += 1
      if distance[vertex] >= distance[best] { best = vertex }
      for edge in graph.dependencies(of: vertex) where distance[edge.target] < 0 {
        distance[edge.target] = distance[vertex] + 1
        queue.append(edge.target)
      }
    }
    return best
  }
}
