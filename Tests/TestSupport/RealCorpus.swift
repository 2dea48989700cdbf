import Exchange
import Foundation
import RegistryModel

/// One of the real application inventories under
/// `Tests/DuplicateDetectionTests/Fixtures/real/`, published by an Indonesian government and
/// labelled by hand by someone who never read the duplicate detector: imported with svcreg's own
/// CSV import, the way an administrator would bring it in, and its labels.
///
/// A corpus folder holds `inventory.csv` (the source's own columns, plus `row`), the same table
/// as `inventory.xlsx`, `labels.tsv`
/// (`row`, `group`, `note`), `SOURCE.md`, `traps.md`, and optionally `import.txt`: the
/// `--map FIELD=COLUMN` and `--map-value FIELD:VALUE=WORD` choices an administrator would give
/// to `import csv`, one per line.
public struct RealCorpus: Sendable {
  /// The folder's name, such as `denpasar-spbe`.
  public let name: String
  /// The inventory as a registry: one service per row, whose id is the row's number, every
  /// service active (the detector leaves retired services out; the labels cover all rows).
  public let registry: Registry
  /// The services, in row order.
  public let ids: [ServiceID]
  /// Each row's label, as a number; rows with one number are the same job.
  public let labels: [Int]
  /// What the import said of the file (its warnings), for reports.
  public let warnings: [String]

  /// The folder holding the corpora.
  public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("DuplicateDetectionTests/Fixtures/real")

  /// Every corpus, by folder name.
  public static func all(in folder: URL = RealCorpus.folder) throws -> [RealCorpus] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().compactMap {
      name in
      var isFolder: ObjCBool = false
      let path = folder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        isFolder.boolValue
      else { return nil }
      return try RealCorpus(folder: folder.appendingPathComponent(name))
    }
  }

  /// Reads and imports the corpus in `folder`: its `inventory.csv`, or with `fromWorkbook` its
  /// `inventory.xlsx` (the same table saved by LibreOffice Calc as an Excel workbook).
  public init(folder: URL, fromWorkbook: Bool = false) throws {
    name = folder.lastPathComponent
    let file = fromWorkbook ? "inventory.xlsx" : "inventory.csv"
    let inventory = try Data(contentsOf: folder.appendingPathComponent(file))
    var maps = ["id=row"]
    var values: [String] = []
    let importFile = folder.appendingPathComponent("import.txt")
    if FileManager.default.fileExists(atPath: importFile.path) {
      // `--map FIELD=COLUMN` and `--map-value FIELD:VALUE=WORD`, one to a line.
      for line in try String(contentsOf: importFile, encoding: .utf8).split(separator: "\n") {
        let words = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { continue }
        switch words[0] {
        case "--map": maps.append(words[1])
        case "--map-value": values.append(words[1])
        default: throw CorpusError(description: "\(folder.lastPathComponent)/import.txt: '\(line)'")
        }
      }
    }
    let options = ImportOptions(
      overrides: try ColumnOverrides(parsing: maps), values: try ValueMaps(parsing: values),
      unknownUnits: .create)
    let empty = Registry(settings: RegistrySettings(name: name))
    let plan = InventoryImporter(options: options).plan(
      services: InventoryDocument(
        name: "\(name)/\(file)", bytes: Array(inventory),
        format: fromWorkbook ? .xlsx(sheet: nil) : .csv),
      against: empty)
    guard plan.errors.isEmpty else {
      throw CorpusError(
        description: "\(name): the import failed:\n"
          + plan.errors.map(\.description).joined(separator: "\n"))
    }
    var registry = empty
    plan.apply(to: &registry)
    for id in Array(registry.services.keys) { registry.services[id]!.lifecycle = .active }
    self.registry = registry
    warnings = plan.warnings.map(\.description)

    let labelsText = try String(
      contentsOf: folder.appendingPathComponent("labels.tsv"), encoding: .utf8)
    var numbers: [String: Int] = [:]
    var labelOf: [String: Int] = [:]
    for line in labelsText.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 2 else { continue }
      let number = numbers[fields[1]] ?? numbers.count
      numbers[fields[1]] = number
      labelOf[fields[0]] = number
    }
    var ids: [ServiceID] = []
    var labels: [Int] = []
    for row in labelOf.keys.sorted(by: { Int($0)! < Int($1)! }) {
      guard let id = ServiceID(row), registry.services[id] != nil else {
        throw CorpusError(
          description: "\(name): labels.tsv names row \(row), which was not imported")
      }
      ids.append(id)
      labels.append(labelOf[row]!)
    }
    guard ids.count == registry.services.count else {
      throw CorpusError(
        description: "\(name): \(registry.services.count) rows imported, \(ids.count) labelled")
    }
    self.ids = ids
    self.labels = labels
  }
}

/// A corpus that cannot be read, with why.
public struct CorpusError: Error, CustomStringConvertible {
  /// What went wrong.
  public var description: String
}
