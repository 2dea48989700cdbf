import DependencyGraph
import GitHistory
import RegistryModel
import RegistryStore

/// Where each finding of a report points in the registry's files, as SARIF writes it: a path
/// from the repository's top (or from the registry, outside git) with a line and column.
struct SARIFLocations {
  /// A place in a file.
  struct Place: Equatable {
    /// The path, `/`-separated, from the repository's top folder.
    var path: String
    /// The 1-based line, 0 when the whole file is meant.
    var line: Int
    /// The 1-based column, 0 when unknown.
    var column: Int
  }

  /// For each finding, in order: where it is, and the other places it involves.
  var places: [(primary: Place?, related: [Place])]

  /// The places of `findings` in the files of `store`. Reads one file per finding about a
  /// link: O(findings × file size).
  init(findings: [Finding], store: RegistryStore) {
    let prefix = (try? GitRepository(containing: store.root).pathFromTop()) ?? ""
    func place(_ location: SourceLocation?) -> Place? {
      guard let location else { return nil }
      var path = location.path
      if store.root != ".", path.hasPrefix(store.root + "/") {
        path.removeFirst(store.root.count + 1)
      }
      return Place(path: prefix + path, line: location.line, column: location.column)
    }
    let brokenByMessage = Dictionary(
      store.brokenFiles.map { ($0.error.description, $0) }, uniquingKeysWith: { first, _ in first })
    places = findings.map { finding in
      switch finding.code {
      case .brokenFile:
        guard let file = brokenByMessage[finding.message] else { return (nil, []) }
        return (
          place(file.error.location ?? SourceLocation(path: store.displayPath(file.relativePath))),
          []
        )
      case .linkOutside:
        return (nil, [])
      case .cycle:
        let loop = finding.loop ?? finding.services
        let links = zip(loop, loop.dropFirst()).map { from, to in
          place(store.location(of: from, linkTo: to))
        }
        return (links.first ?? nil, links.dropFirst().compactMap { $0 })
      default:
        let primary =
          finding.link.map { place(store.location(of: $0.from, linkTo: $0.to)) }
          ?? finding.services.first.flatMap { place(store.location(of: $0)) }
        let others = finding.services.filter { $0 != finding.link?.from }
        let related = (finding.link == nil ? Array(others.dropFirst()) : others).compactMap {
          place(store.location(of: $0))
        }
        return (primary, related)
      }
    }
  }
}
