import DependencyGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a graph as a plain edge list that networkx and other graph tools read: one
/// `source target` line per link, and one line with just the id for a service with no links
/// at all, so that every vertex is counted.
enum EdgeListWriter {
  /// A file that could not be written.
  struct WriteError: Error, CustomStringConvertible {
    let description: String
  }

  static func write(_ graph: DependencyGraph, to path: String) throws(WriteError) {
    guard let file = fopen(path, "w") else {
      throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    for vertex in 0..<graph.vertexCount {
      let id = graph.id(at: vertex).rawValue
      if graph.dependencies(of: vertex).isEmpty && graph.dependents(of: vertex).isEmpty {
        fputs(id + "\n", file)
      }
      for edge in graph.dependencies(of: vertex) {
        fputs(id + " " + graph.id(at: edge.target).rawValue + "\n", file)
      }
    }
    guard ferror(file) == 0 else { throw WriteError(description: "error writing \(path)") }
  }
}
