// libFuzzer harness: CSV inventories.
//
// `CSVReader.read` on the whole input; then `InventoryImporter.plan` with the input as the services
// file, or, when it holds a 0xFF byte (never in UTF-8), the part before it as the services file
// and the part after as the links file. The unknown-unit policy is the input's length modulo 3.
// When the plan has no errors it is applied, exported with `CSVExporter`, and the export is
// planned again against the result: that must change nothing (the round trip the tests check
// for their hostile registry), else the harness traps.

import RegistryModel

@testable import Exchange

private let baseRegistry: Registry = {
  var units: [UnitPath: Unit] = [:]
  for (path, level) in [
    ("pusat", UnitLevel.central), ("pusat/setjen", .central), ("ptkn", .university),
    ("ptkn/uin-jakarta", .university), ("kanwil/jawa-barat", .provincial),
  ] {
    let unitPath = try! UnitPath(validating: path)
    units[unitPath] = Unit(path: unitPath, name: path.uppercased(), level: level)
  }
  return Registry(settings: RegistrySettings(name: "fuzz"), units: units)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? CSVReader.read(bytes)

  var servicesBytes = bytes
  var linksBytes: [UInt8]?
  if let split = bytes.firstIndex(of: 0xFF) {
    servicesBytes = Array(bytes[..<split])
    linksBytes = Array(bytes[(split + 1)...])
  }
  let policy: UnknownUnitPolicy = [.fail, .create, .skip][size % 3]
  let importer = InventoryImporter(options: ImportOptions(unknownUnits: policy))
  let plan = importer.plan(
    services: InventoryDocument(name: "services.csv", bytes: servicesBytes),
    links: linksBytes.map { InventoryDocument(name: "links.csv", bytes: $0) }, against: baseRegistry)
  for issue in plan.errors + plan.warnings { _ = issue.description.count }
  guard plan.errors.isEmpty else { return 0 }

  var imported = baseRegistry
  plan.apply(to: &imported)
  guard let selection = try? ExportSelection(registry: imported) else { return 0 }
  let files = CSVExporter().export(selection)
  let again = InventoryImporter(options: ImportOptions(unknownUnits: .create)).plan(
    services: InventoryDocument(name: "services.csv", bytes: files.services),
    links: InventoryDocument(name: "links.csv", bytes: files.links), against: imported)
  guard again.errors.isEmpty, again.changesNothing else {
    fatalError(
      """
      exported import does not re-import unchanged: errors \(again.errors), \
      updated \(again.updated), added \(again.added), units \(again.createdUnits)
      services.csv:
      \(String(decoding: files.services, as: UTF8.self))
      links.csv:
      \(String(decoding: files.links, as: UTF8.self))
      """)
  }
  return 0
}
