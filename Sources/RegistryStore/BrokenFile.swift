import RegistryModel

/// A file of the registry that could not be read, kept aside so the rest stays usable.
public struct BrokenFile: Sendable, Hashable {
  /// The file, relative to the registry root.
  public var relativePath: String
  /// The service it would define, when its name is a valid id.
  public var serviceID: ServiceID?
  /// What is wrong, located in the file.
  public var error: StoreError

  /// Creates a broken-file record.
  public init(relativePath: String, serviceID: ServiceID?, error: StoreError) {
    self.relativePath = relativePath
    self.serviceID = serviceID
    self.error = error
  }
}

extension StoreError: Hashable {
  public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
