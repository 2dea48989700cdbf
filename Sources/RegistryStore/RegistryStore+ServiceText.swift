import RegistryModel

/// A service file's text outside the store, for editing it in a text editor.
extension RegistryStore {
  /// The canonical text of `service`'s file, byte for byte what the store writes.
  public static func fileText(of service: Service) -> String {
    ServiceCodec.encode(service)
  }

  /// The service that `text`, the contents of a file of service `id` in `unit`, describes,
  /// read and checked as the store reads its files; errors name `displayPath` with the line and
  /// column. O(size of the text).
  public static func service(
    fromFileText text: String, id: ServiceID, unit: UnitPath, displayPath: String
  ) throws(StoreError) -> Service {
    try ServiceCodec.decode(text, id: id, unit: unit, filePath: displayPath)
  }

  /// The unit whose folder holds the file at `relativePath` (`services/pusat/setjen/x.toml`
  /// is in `pusat/setjen`), if the path is a service file's.
  public static func unit(ofServiceFile relativePath: String) -> UnitPath? {
    var parts = relativePath.split(separator: "/").map(String.init)
    guard parts.count >= 3, parts.first == RegistryLayout.servicesFolder else { return nil }
    parts.removeFirst()
    parts.removeLast()
    return UnitPath(parts.joined(separator: "/"))
  }
}
