import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// The model and the store say what is wrong as data and plain facts; the command language
/// adds what to type next, and renders the place once.
@Suite struct ErrorAdviceTests {
  @Test func commandAdviceIsTheEdgesNotTheModels() throws {
    let id = try ServiceID(validating: "simpeg")
    let unit = try UnitPath(validating: "pusat")
    let model = ModelError.serviceExists(id, unit: unit)
    #expect(!model.description.contains("'update'"))
    #expect(CommandError.model(model).description == "error: \(model); use 'update' to change it")
    let retire = ModelError.stillDependedOn("service 'simpeg'", dependents: [id], active: true)
    #expect(!retire.description.contains("--force"))
    #expect(
      CommandError.model(retire).message.hasSuffix("retire or relink them first, or pass --force"))
  }

  @Test func aStoreErrorSaysItsPlaceOnceAndTheEdgeItsCommand() {
    let error = StoreError.notARegistry("/tmp/nowhere")
    #expect(error.subject == "/tmp/nowhere")
    #expect(error.message == "not a registry (no registry.toml)")
    #expect(error.description == "/tmp/nowhere: error: not a registry (no registry.toml)")
    #expect(
      CommandError.store(error).description
        == "/tmp/nowhere: error: not a registry (no registry.toml); "
        + "create one with 'svcreg init /tmp/nowhere'")
    let unplaced = StoreError.changedOnDisk(["a.toml"])
    #expect(unplaced.subject == nil)
    #expect(CommandError.store(unplaced).description == "error: \(unplaced.message)")
    #expect(CommandError.store(unplaced).message == unplaced.message)
  }

  @Test func aSuggestionIsDataUntilItIsSaid() throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    _ = session.execute(line: "register siakad --name SIAKAD --unit pusat/setjen")
    let result = session.execute(line: "show siakd")
    #expect(result.exitStatus == 1)
    #expect(result.errorOutput == "error: no service 'siakd'; did you mean 'siakad'?\n")
    let json = session.execute(line: "show siakd --json")
    #expect(json.output.contains("\"message\":\"no service 'siakd'; did you mean 'siakad'?\""))
  }
}
