import Foundation

/// Small registries on disk, written as a person would write them, for store and end-to-end
/// tests.
public enum RegistryFixture {
  /// Creates a registry named `name` in a new temporary folder with the given units and
  /// service files (unit path → [id: file text]).
  public static func make(
    name: String = "test", units: [String] = ["pusat/setjen", "ptkn/uin-jakarta"],
    services: [String: [String: String]] = [:]
  ) throws -> TemporaryDirectory {
    let folder = TemporaryDirectory()
    try folder.write("name = \"\(name)\"\nschema = 1\n", to: "registry.toml")
    var unitsText = ""
    for unit in units {
      unitsText += "[[units]]\npath = \"\(unit)\"\nname = \"Unit \(unit)\"\nlevel = \"central\"\n\n"
    }
    try folder.write(unitsText, to: "units.toml")
    for (unit, files) in services {
      for (id, text) in files { try folder.write(text, to: "services/\(unit)/\(id).toml") }
    }
    return folder
  }

  /// The text of a minimal service file.
  public static func service(
    _ name: String, lifecycle: String = "active", versions: [String] = [], links: [String] = []
  ) -> String {
    var text = "name = \"\(name)\"\nkind = \"application\"\nlifecycle = \"\(lifecycle)\"\n"
    for version in versions { text += "\n[[versions]]\nversion = \"\(version)\"\n" }
    for link in links { text += "\n[[links]]\nto = \"\(link)\"\n" }
    return text
  }
}
