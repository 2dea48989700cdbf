/// The two files of a CSV export: the services and the links between them.
public struct CSVFiles: Sendable, Hashable {
  /// The bytes of `services.csv`.
  public var services: [UInt8]
  /// The bytes of `links.csv`.
  public var links: [UInt8]

  /// Creates the pair.
  public init(services: [UInt8], links: [UInt8]) {
    self.services = services
    self.links = links
  }
}
