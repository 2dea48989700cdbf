import RegistryModel

/// The registry's values as JSON, the same in every command that prints them.
extension JSONValue {
  /// A service in full: its facts, versions and links.
  static func service(_ service: Service) -> JSONValue {
    .object([
      ("id", .string(service.id.rawValue)), ("name", .string(service.name)),
      ("unit", .string(service.unit.description)), ("kind", .string(service.kind.rawValue)),
      ("lifecycle", .string(service.lifecycle.rawValue)), ("owner", .optional(service.owner)),
      (
        "contacts",
        .array(
          service.contacts.map {
            .object([
              ("name", .optional($0.name)), ("email", .optional($0.email)),
              ("phone", .optional($0.phone)),
            ])
          })
      ),
      ("tags", .array(service.tags.map(JSONValue.string))), ("url", .optional(service.url)),
      ("description", .optional(service.description)),
      ("deprecation", service.deprecation.map(JSONValue.deprecation) ?? .null),
      ("versions", .array(service.versions.map(JSONValue.version))),
      (
        "links",
        .array(
          service.links.map {
            .object([
              ("to", .string($0.target.rawValue)), ("range", .string($0.range.source)),
              ("kind", .optional($0.kind?.rawValue)), ("note", .optional($0.note)),
            ])
          })
      ),
    ])
  }

  /// A service as a row of a list: its facts and version numbers, no links.
  static func serviceSummary(_ service: Service) -> JSONValue {
    .object([
      ("id", .string(service.id.rawValue)), ("name", .string(service.name)),
      ("unit", .string(service.unit.description)), ("kind", .string(service.kind.rawValue)),
      ("lifecycle", .string(service.lifecycle.rawValue)), ("owner", .optional(service.owner)),
      ("tags", .array(service.tags.map(JSONValue.string))),
      ("versions", .array(service.versions.map { .string($0.version.description) })),
    ])
  }

  /// One version of a service.
  static func version(_ record: ServiceVersion) -> JSONValue {
    .object([
      ("version", .string(record.version.description)),
      ("lifecycle", .string(record.lifecycle.rawValue)),
      ("released", .optional(record.released?.description)), ("notes", .optional(record.notes)),
      ("deprecation", record.deprecation.map(JSONValue.deprecation) ?? .null),
    ])
  }

  /// Why and until when something is deprecated, and what replaces it.
  static func deprecation(_ deprecation: Deprecation) -> JSONValue {
    .object([
      ("reason", .string(deprecation.reason)),
      ("replacedBy", .optional(deprecation.replacedBy?.description)),
      ("sunset", .optional(deprecation.sunset?.description)),
    ])
  }
}
