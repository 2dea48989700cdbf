import DependencyGraph
import RegistryModel
import TestSupport

/// A random directed graph with no repeated edges, and the registry that has it as its links.
struct RandomGraph: Sendable, CustomStringConvertible {
  /// The shapes the property tests draw from.
  enum Shape: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Each possible edge with the same small probability, self-links included.
    case sparse
    /// Most possible edges present: one giant component.
    case dense
    /// A ring through every vertex plus a few chords: one giant component with many paths.
    case giantRing
    /// Many small cycles and cliques, loosely joined in one direction.
    case manySmall
    /// Edges only from lower to higher vertex: no loops at all, but many paths.
    case acyclic

    var description: String { rawValue }
  }

  let vertexCount: Int
  /// The edges, each `(from, to)` at most once, sorted.
  let edges: [(from: Int, to: Int)]
  let seed: UInt64
  let shape: Shape

  init(shape: Shape, seed: UInt64, maximumVertices: Int = 18) {
    var random = SplitMix64(seed: seed)
    let count = 1 + random.below(maximumVertices)
    var set = Set<Int>()
    func add(_ from: Int, _ to: Int) { set.insert(from * count + to) }
    switch shape {
    case .sparse:
      let probability = Double(1 + random.below(4)) / Double(count + 1)
      for from in 0..<count {
        for to in 0..<count where random.chance(probability) { add(from, to) }
      }
    case .dense:
      for from in 0..<count {
        for to in 0..<count where from != to && random.chance(0.6) { add(from, to) }
      }
      if random.chance(0.3) { add(random.below(count), 0) }
    case .giantRing:
      var order = Array(0..<count)
      order.shuffle(using: &random)
      for (from, to) in zip(order, order.dropFirst() + order.prefix(1)) { add(from, to) }
      for _ in 0..<random.below(count + 1) { add(random.below(count), random.below(count)) }
    case .manySmall:
      var start = 0
      while start < count {
        let size = min(count - start, 1 + random.below(4))
        for from in start..<start + size {
          for to in start..<start + size where random.chance(0.5) { add(from, to) }
        }
        if start > 0, random.chance(0.7) { add(start, random.below(start)) }
        start += size
      }
    case .acyclic:
      for from in 0..<count {
        for to in (from + 1)..<max(from + 1, count) where random.chance(0.3) { add(from, to) }
      }
    }
    vertexCount = count
    edges = set.sorted().map { ($0 / count, $0 % count) }
    self.seed = seed
    self.shape = shape
  }

  var description: String { "\(shape) graph, seed \(seed)" }

  /// The whole graph, for failure messages.
  var detail: String { "\(shape) graph, seed \(seed): \(vertexCount) vertices, \(edges)" }

  /// Ids that sort in vertex order, so that vertex `i` of the graph is service `i`.
  static func name(_ vertex: Int) -> String {
    "v" + String(String(vertex + 1000).dropFirst())
  }

  var registry: Registry {
    var builder = RegistryBuilder()
    for vertex in 0..<vertexCount { builder.service(Self.name(vertex), versions: ["1.0.0"]) }
    for edge in edges { builder.link(Self.name(edge.from), Self.name(edge.to)) }
    return builder.registry
  }

  var graph: DependencyGraph { DependencyGraph(registry) }

  /// Graphs of every shape, `count` of each, from fixed seeds.
  static func samples(_ count: Int, maximumVertices: Int = 18) -> [RandomGraph] {
    Shape.allCases.flatMap { shape in
      (0..<count).map {
        RandomGraph(
          shape: shape, seed: UInt64($0) &* 7919 &+ UInt64(shape.rawValue.utf8.count),
          maximumVertices: maximumVertices)
      }
    }
  }
}
