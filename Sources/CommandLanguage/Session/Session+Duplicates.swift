import DuplicateDetection
import RegistryModel

/// `dups`: the clusters of services that do the same job, biggest consolidation opportunities
/// first.
extension Session {
  mutating func duplicates(_ invocation: Invocation) throws(CommandError) -> Reply {
    _ = try openStore()
    let minimumScore = try invocation.value("min-score").map {
      (text) throws(CommandError) -> Double in
      guard let value = Double(text), value >= 0, value <= 1 else {
        throw .usage("--min-score needs a number from 0 to 1", column: 0, command: "dups")
      }
      return value
    }
    let unit = try invocation.value("unit").map(existingUnit)
    let registry = registrySnapshot
    let clusters = try interruptibly {
      DuplicateFinder(settings: registry.settings.duplicates, units: registry.units)
        .clusters(in: registry, minimumScore: minimumScore, unit: unit)
    }
    let json = JSONValue.object([("clusters", .array(clusters.map(duplicateJSON)))])
    if options.json || invocation.has("json") { return Reply(text: "", json: json) }
    let threshold = minimumScore ?? registry.settings.duplicates.minimumScore ?? 0.6
    guard !clusters.isEmpty else {
      return Reply(text: style.ok("no duplicates at min-score \(threshold)") + "\n", json: json)
    }
    var text = ""
    for cluster in clusters { text += describe(cluster) }
    let services = clusters.reduce(0) { $0 + $1.services.count }
    text +=
      style.dim(
        "\(clusters.count) cluster\(clusters.count == 1 ? "" : "s") of \(services) services "
          + "(min-score \(threshold))") + "\n"
    return Reply(text: text, json: json)
  }

  /// A cluster as a few readable lines: label, counts, score, evidence, units and ids.
  private func describe(_ cluster: DuplicateCluster) -> String {
    let units = cluster.units.count
    var heading =
      style.heading(cluster.label) + ": \(cluster.services.count) services in \(units) "
      + "unit\(units == 1 ? "" : "s"), score \(cluster.score)"
    if cluster.certain { heading += " " + style.warning("CERTAIN") }
    var text = heading + "\n"
    for evidence in cluster.evidence { text += "    " + style.dim(evidence.description) + "\n" }
    text += Session.wrapped("units:", cluster.units.map(\.description))
    text += Session.wrapped("ids:", cluster.services.map { style.id($0.rawValue) })
    return text + "\n"
  }

  /// `label` and the items, comma-separated, wrapped at 100 columns under a 4-space indent.
  private static func wrapped(_ label: String, _ items: [String]) -> String {
    var text = ""
    var line = "    " + label
    for (index, item) in items.enumerated() {
      let piece = " " + item + (index + 1 < items.count ? "," : "")
      if line.count + piece.count > 100 && line.count > 4 + label.count {
        text += line + "\n"
        line = "     " + String(repeating: " ", count: label.count)
      }
      line += piece
    }
    return text + line + "\n"
  }

  private func duplicateJSON(_ cluster: DuplicateCluster) -> JSONValue {
    .object([
      ("services", .array(cluster.services.map { .string($0.rawValue) })),
      ("score", .double(cluster.score)),
      ("certain", .bool(cluster.certain)),
      ("evidence", .array(cluster.evidence.map(evidenceJSON))),
      ("units", .array(cluster.units.map { .string($0.description) })),
      ("label", .string(cluster.label)),
    ])
  }

  private func evidenceJSON(_ evidence: Evidence) -> JSONValue {
    var fields: [(String, JSONValue)] = [("kind", .string(evidence.kind))]
    switch evidence {
    case .sameURL(let url): fields.append(("url", .string(url)))
    case .sameNormalisedName(let name): fields.append(("name", .string(name)))
    case .acronym(let acronym, let expansion):
      fields += [("acronym", .string(acronym)), ("expansion", .string(expansion))]
    case .translated(let word, let canonical):
      fields += [("word", .string(word)), ("canonical", .string(canonical))]
    case .sharedWords(let words), .sharedDescriptionWords(let words):
      fields.append(("words", .array(words.map(JSONValue.string))))
    case .sharedTags(let tags): fields.append(("tags", .array(tags.map(JSONValue.string))))
    }
    fields.append(("text", .string(evidence.description)))
    return .object(fields)
  }
}
