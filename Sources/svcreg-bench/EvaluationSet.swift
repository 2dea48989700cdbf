import Foundation
import RegistryModel

/// A labelled evaluation set read from its TSV files: the services as a registry, and for each
/// service (in id order) the number of its cluster label.
struct EvaluationSet {
  /// A file that cannot be read, with the reason.
  struct ReadError: Error, CustomStringConvertible {
    let description: String
  }

  /// The services and units.
  var registry: Registry
  /// The service ids in order; `labels[n]` belongs to `ids[n]`.
  var ids: [ServiceID]
  /// Each service's label, numbered.
  var labels: [Int]

  /// Reads `path` (`id, unit, name, description, tags, url, cluster-label`) and the units file
  /// beside it (`<name>-units.tsv`: `path, level, name, aliases`).
  init(path: String) throws {
    let unitsPath =
      path.hasSuffix(".tsv") ? String(path.dropLast(4)) + "-units.tsv" : path + "-units"
    var registry = Registry(settings: RegistrySettings(name: "evaluation"))
    for fields in try EvaluationSet.rows(unitsPath, columns: 4) {
      let unit = Unit(
        path: try UnitPath(validating: fields[0]), name: fields[2],
        level: try UnitLevel(validating: fields[1]),
        aliases: fields[3].split(separator: "|").map(String.init))
      registry.units[unit.path] = unit
    }
    var labelNumbers: [String: Int] = [:]
    var labelled: [(ServiceID, Int)] = []
    for fields in try EvaluationSet.rows(path, columns: 7) {
      let id = try ServiceID(validating: fields[0])
      let service = Service(
        id: id, unit: try UnitPath(validating: fields[1]), name: fields[2],
        tags: fields[4].split(separator: " ").map(String.init),
        url: fields[5].isEmpty ? nil : fields[5],
        description: fields[3].isEmpty ? nil : fields[3])
      guard registry.services[id] == nil else {
        throw ReadError(description: "\(path): service \(id) appears twice")
      }
      registry.services[id] = service
      let number = labelNumbers[fields[6]] ?? labelNumbers.count
      labelNumbers[fields[6]] = number
      labelled.append((id, number))
    }
    labelled.sort { $0.0 < $1.0 }
    self.registry = registry
    ids = labelled.map(\.0)
    labels = labelled.map(\.1)
  }

  /// The rows of a TSV file with a header line, each with `columns` fields.
  private static func rows(_ path: String, columns: Int) throws -> [[String]] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw ReadError(description: "cannot read \(path)")
    }
    var rows: [[String]] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
    where number > 0 {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == columns else {
        throw ReadError(
          description: "\(path):\(number + 1): expected \(columns) fields, found \(fields.count)")
      }
      rows.append(fields)
    }
    return rows
  }
}
