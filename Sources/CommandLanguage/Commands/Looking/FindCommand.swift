import RegistryModel

/// `find WORD...`: the services where every word appears, in any order and any field.
struct FindCommand: Command {
  static let name = "find"
  /// The words; a quoted phrase is one word.
  var words: [String]

  init(words: [String]) { self.words = words }

  init(parsing invocation: Invocation) throws(CommandError) {
    words = invocation.arguments
  }

  func run(in session: inout Session) throws(CommandError) -> SearchResults {
    _ = try session.openStore()
    let index = session.currentSearchIndex()
    let registry = session.registrySnapshot
    // Every word must match, in any order and any field ('find jakarta akademik' finds the
    // academic system of UIN Jakarta); a quoted phrase is one word.
    let terms = words.filter { !$0.allSatisfy(\.isWhitespace) }
    var positions = index.matches(terms.first ?? "")
    for term in terms.dropFirst() where !positions.isEmpty {
      let found = Set(index.matches(term))
      positions = positions.filter(found.contains)
    }
    return SearchResults(
      words: words, services: positions.map { registry.services[index.ids[$0]]! })
  }
}
