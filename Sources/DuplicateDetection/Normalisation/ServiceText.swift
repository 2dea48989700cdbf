/// What duplicate detection reads of a service, taken out of the registry in the pass that finds
/// its unit, so that each service is fetched from the dictionary once.
struct ServiceText: Sendable {
  /// The display name.
  var name: String
  /// The kind.
  var kind: String
  /// The URL.
  var url: String?
  /// The description.
  var description: String?
  /// The tags.
  var tags: [String]
}
