import RegistryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Completes the word being typed from the command table and the registry: command names,
/// options, service ids, versions after `@`, unit paths, lifecycle and kind words, file paths.
public struct Completer: Sendable {
  /// The table completed against.
  public let table: CommandTable
  /// The registry whose ids, versions and units are offered.
  public let registry: Registry

  /// Creates a completer.
  public init(table: CommandTable, registry: Registry) {
    self.table = table
    self.registry = registry
  }

  /// The word being typed at the end of `textBeforeCursor` and the full words that could
  /// replace it, sorted. O(candidates).
  public func complete(_ textBeforeCursor: String) -> (word: String, candidates: [String]) {
    let partial = Tokenizer.splitPartial(textBeforeCursor)
    let word = partial.current
    guard let commandName = partial.words.first else {
      return (word, table.commands.map(\.name).filter { $0.hasPrefix(word) }.sorted())
    }
    guard let command = table.command(named: commandName) else { return (word, []) }
    let previous = partial.words.dropFirst()
    if let last = previous.last, last.hasPrefix("-"),
      let option = command.option(named: String(last.drop { $0 == "-" })), let kind = option.value
    {
      return (word, candidates(for: kind, word: word))
    }
    if word.hasPrefix("-") {
      let used = Set(previous.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) })
      let names = command.options
        .filter { $0.repeatable || !used.contains($0.name) }
        .map { "--\($0.name)" }
        .filter { $0.hasPrefix(word) }
      return (word, names.sorted())
    }
    let position = positionalIndex(of: previous, in: command)
    guard !command.arguments.isEmpty else { return (word, []) }
    let spec =
      position < command.arguments.count
      ? command.arguments[position]
      : (command.arguments.last!.variadic ? command.arguments.last! : nil)
    guard let spec else { return (word, []) }
    return (word, candidates(for: spec.kind, word: word))
  }

  private func positionalIndex(of words: ArraySlice<String>, in command: CommandSpec) -> Int {
    var count = 0
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
        continue
      }
      if word.hasPrefix("-"), word.count > 1 {
        let name = String(word.drop { $0 == "-" })
        skipNext = !name.contains("=") && command.option(named: name)?.value != nil
        continue
      }
      count += 1
    }
    return count
  }

  /// The candidates for a value of `kind` that start with `word`.
  func candidates(for kind: ValueKind, word: String) -> [String] {
    let all: [String]
    switch kind {
    case .serviceID:
      all = ids(startingWith: word)
    case .reference:
      if let at = word.firstIndex(of: "@") {
        let id = String(word[..<at])
        guard let serviceID = ServiceID(id), let service = registry.services[serviceID] else {
          return []
        }
        all = service.versions.map { "\(id)@\($0.version)" }
      } else {
        all = ids(startingWith: word)
      }
    case .unit:
      all = registry.units.keys.map(\.description)
    case .owner:
      // Team names with spaces would need quotes; units and one-word teams complete.
      let teams = registry.services.values.compactMap(\.owner).filter {
        !$0.contains(where: \.isWhitespace)
      }
      all = Array(Set(registry.units.keys.map(\.description) + teams))
    case .lifecycle:
      all = Lifecycle.allCases.map(\.rawValue)
    case .serviceKind:
      all = Array(Set(Kind.commonServiceKinds + registry.services.values.map(\.kind.rawValue)))
    case .linkKind:
      all = Kind.commonLinkKinds
    case .unitLevel:
      all = UnitLevel.allCases.map(\.rawValue)
    case .command:
      all = table.commands.map(\.name)
    case .choice(let words):
      all = words
    case .tag:
      all = Array(Set(registry.services.values.flatMap(\.tags)))
    case .file:
      return Completer.files(startingWith: word)
    case .newServiceID, .version, .range, .date, .number, .score, .text:
      return []
    }
    return all.filter { $0.hasPrefix(word) }.sorted()
  }

  private func ids(startingWith word: String) -> [String] {
    registry.services.keys.map(\.rawValue).filter { $0.hasPrefix(word) }
  }

  /// Paths on disk starting with `word`; folders end in `/` so completion can go on into them.
  static func files(startingWith word: String) -> [String] {
    let slash = word.lastIndex(of: "/")
    let folder = slash.map { String(word[...$0]) } ?? ""
    let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    guard let handle = opendir(folder.isEmpty ? "." : folder) else { return [] }
    defer { closedir(handle) }
    var found: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      guard name != ".", name != "..", name.hasPrefix(prefix) else { continue }
      if name.hasPrefix(".") && !prefix.hasPrefix(".") { continue }
      var info = stat()
      let path = folder + name
      let isFolder = stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      found.append(isFolder ? path + "/" : path)
    }
    return found.sorted()
  }
}
