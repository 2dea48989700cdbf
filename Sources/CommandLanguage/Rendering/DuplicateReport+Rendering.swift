import DuplicateDetection
import RegistryModel

extension DuplicateReport: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    let style = output.style
    guard !clusters.isEmpty else {
      output.write(style.ok("no duplicates at min-score \(threshold)") + "\n")
      return
    }
    for (index, cluster) in clusters.enumerated() {
      let units = cluster.units.count
      var heading =
        (numbered ? "\(index + 1). " : "") + style.heading(cluster.label)
        + ": \(cluster.services.count) services in \(units) "
        + "unit\(units == 1 ? "" : "s"), score \(cluster.score)"
      if cluster.certain { heading += " " + style.warning("CERTAIN") }
      var text = TextWrap.wrap(heading, width: output.width, indent: 4) + "\n"
      for evidence in cluster.evidence {
        text +=
          TextWrap.wrap("    " + style.dim(evidence.description), width: output.width, indent: 6)
          + "\n"
      }
      let width = output.width ?? 100
      text += TextWrap.list("units:", cluster.units.map(\.description), width: width)
      text += TextWrap.list(
        "ids:", cluster.services.map { style.id($0.rawValue) }, width: width)
      try output.line(text)
    }
    let services = clusters.reduce(0) { $0 + $1.services.count }
    output.write(
      style.dim(
        "\(clusters.count) cluster\(clusters.count == 1 ? "" : "s") of \(services) services "
          + "(min-score \(threshold))") + "\n")
  }

  var json: JSONValue {
    .object([
      (
        "clusters",
        .array(
          clusters.enumerated().map { index, cluster in
            guard numbered, case .object(let pairs) = JSONValue.cluster(cluster) else {
              return JSONValue.cluster(cluster)
            }
            return .object([("number", .int(index + 1))] + pairs)
          })
      )
    ])
  }
}

extension JSONValue {
  /// A duplicate cluster: its services, score, evidence, units and label.
  static func cluster(_ cluster: DuplicateCluster) -> JSONValue {
    .object([
      ("services", .array(cluster.services.map { .string($0.rawValue) })),
      ("score", .double(cluster.score)),
      ("certain", .bool(cluster.certain)),
      ("evidence", .array(cluster.evidence.map(JSONValue.evidence))),
      ("units", .array(cluster.units.map { .string($0.description) })),
      ("label", .string(cluster.label)),
    ])
  }

  /// One piece of evidence that services are the same, with its kind and text.
  static func evidence(_ evidence: Evidence) -> JSONValue {
    var fields: [(String, JSONValue)] = [("kind", .string(evidence.kind))]
    switch evidence {
    case .sameURL(let url): fields.append(("url", .string(url)))
    case .sameNormalisedName(let name): fields.append(("name", .string(name)))
    case .sameDescription(let text): fields.append(("description", .string(text)))
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
