import RegistryModel
import SemVer

/// Reads and writes one service file (`services/<unit>/<id>.toml`) in the canonical form the
/// README documents.
enum ServiceCodec {
  static let topKeys = [
    "name", "kind", "lifecycle", "owner", "tags", "url", "description", "deprecation", "contacts",
    "versions", "links",
  ]
  static let contactKeys = ["name", "email", "phone"]
  static let versionKeys = ["version", "lifecycle", "released", "notes", "deprecation"]
  static let linkKeys = ["to", "range", "kind", "note"]
  static let deprecationKeys = ["reason", "replaced-by", "sunset"]

  /// Parses a service file whose id and unit come from its path; O(size of the file).
  static func decode(_ source: String, id: ServiceID, unit: UnitPath, filePath: String)
    throws(StoreError) -> Service
  {
    var interner = ValueInterner()
    return try decode(source, id: id, unit: unit, filePath: filePath, interner: &interner)
  }

  /// Parses a service file, sharing parsed ranges with the other files read through `interner`.
  static func decode(
    _ source: String, id: ServiceID, unit: UnitPath, filePath: String,
    interner: inout ValueInterner
  ) throws(StoreError) -> Service {
    // Files in the form svcreg writes, nearly all of them, are read without TOMLKit, about eight
    // times faster; anything else, and every error, takes TOMLKit's path, which locates errors.
    let canonical = source.utf8.withContiguousStorageIfAvailable { bytes in
      CanonicalServiceReader.read(bytes, id: id, unit: unit, interner: &interner)
    }
    if let service = canonical ?? nil { return service }
    return try decodeWithTOMLKit(
      source, id: id, unit: unit, filePath: filePath, interner: &interner)
  }

  /// Parses a service file with TOMLKit, whatever TOML form it is written in, reporting every
  /// problem at its line and column.
  static func decodeWithTOMLKit(
    _ source: String, id: ServiceID, unit: UnitPath, filePath: String,
    interner: inout ValueInterner
  ) throws(StoreError) -> Service {
    let top = try TOMLFields.parse(source, filePath: filePath)
    // TOMLKit never frees a parsed document; clearing it frees every node it holds, which at
    // 100,000 files is most of a gigabyte.
    defer { top.table.clear() }
    try top.rejectUnknownKeys(allowed: topKeys, in: "a service file")
    let name = try top.string("name")
    if name.allSatisfy(\.isWhitespace) { throw top.error(at: "name", "'name' must not be empty") }
    let kind = try top.parsed("kind") { (text) throws(ModelError) in try Kind(validating: text) }
    let lifecycle = try top.parsed("lifecycle") { (text) throws(ModelError) in
      try Lifecycle(validating: text)
    }
    let owner = try top.optionalString("owner")
    if let owner, owner.allSatisfy(\.isWhitespace) {
      throw top.error(at: "owner", "'owner' must not be empty; leave it out when nobody is named")
    }
    var contacts: [Contact] = []
    var contactKeys = Set<String>()
    for entry in try top.tables("contacts") {
      try entry.rejectUnknownKeys(allowed: Self.contactKeys, in: "a [[contacts]] entry")
      // Each part checked alone first, so that an error points at its own line.
      let name =
        try entry.parsed("name") { (text) throws(ModelError) in
          try Contact(name: text, email: nil, phone: nil).name
        } ?? nil
      let email =
        try entry.parsed("email") { (text) throws(ModelError) in
          try Contact(name: nil, email: text, phone: nil).email
        } ?? nil
      let phone =
        try entry.parsed("phone") { (text) throws(ModelError) in
          try Contact(name: nil, email: nil, phone: text).phone
        } ?? nil
      guard let contact = try? Contact(name: name, email: email, phone: phone) else {
        throw entry.error(at: nil, "a [[contacts]] entry needs a name, an email or a phone")
      }
      guard contactKeys.insert(contact.key).inserted else {
        throw entry.error(at: nil, "the contact '\(contact)' is listed twice")
      }
      contacts.append(contact)
    }
    var versions: [ServiceVersion] = []
    var seen = Set<Version>()
    for entry in try top.tables("versions") {
      try entry.rejectUnknownKeys(allowed: versionKeys, in: "a [[versions]] entry")
      let version = try entry.version("version")
      guard seen.insert(version).inserted else {
        throw entry.error(at: "version", "version \(version) is listed twice")
      }
      versions.append(
        ServiceVersion(
          version,
          lifecycle: try entry.parsed("lifecycle") { (text) throws(ModelError) in
            try Lifecycle(validating: text)
          } ?? .active,
          released: try entry.optionalDate("released"),
          notes: try entry.optionalString("notes", multiline: true),
          deprecation: try deprecation(in: entry)))
    }
    var links: [Link] = []
    var targets = Set<ServiceID>()
    for entry in try top.tables("links") {
      try entry.rejectUnknownKeys(allowed: linkKeys, in: "a [[links]] entry")
      guard
        let target = try entry.parsed(
          "to",
          { (text) throws(ModelError) in
            try ServiceID(validating: text)
          })
      else { throw entry.error(at: nil, "a [[links]] entry needs 'to', the service depended on") }
      guard targets.insert(target).inserted else {
        throw entry.error(at: "to", "the link to '\(target)' is listed twice")
      }
      let range = try entry.optionalVersionRange("range", interner: &interner) ?? .any
      let kind = try entry.parsed("kind") { (text) throws(ModelError) in
        try Kind(validating: text, field: "link kind")
      }
      links.append(
        interner.link(
          to: target, range: range, kind: kind,
          note: try entry.optionalString("note", multiline: true)))
    }
    return Service(
      id: id, unit: unit, name: name, kind: kind ?? .application,
      lifecycle: lifecycle ?? .active, owner: owner, contacts: contacts,
      tags: try top.strings("tags"),
      url: try top.optionalString("url"),
      description: try top.optionalString("description", multiline: true),
      versions: versions, links: links, deprecation: try deprecation(in: top))
  }

  private static func deprecation(in fields: TOMLFields) throws(StoreError) -> Deprecation? {
    guard let table = try fields.optionalTable("deprecation") else { return nil }
    try table.rejectUnknownKeys(allowed: deprecationKeys, in: "a deprecation")
    return Deprecation(
      reason: try table.string("reason", multiline: true),
      replacedBy: try table.parsed("replaced-by") { (text) throws(ModelError) in
        try Reference(validating: text)
      },
      sunset: try table.optionalDate("sunset"))
  }

  /// The canonical text of `service`: fixed key order, defaults left out, one blank line before
  /// each version and link; O(size of the service).
  static func encode(_ service: Service) -> String {
    var writer = TOMLWriter()
    writer.string("name", service.name)
    writer.string("kind", service.kind.rawValue)
    writer.string("lifecycle", service.lifecycle.rawValue)
    writer.string("owner", ifPresent: service.owner)
    if !service.tags.isEmpty { writer.strings("tags", service.tags) }
    writer.string("url", ifPresent: service.url)
    writer.string("description", ifPresent: service.description)
    if let deprecation = service.deprecation { writer.raw("deprecation", inline(deprecation)) }
    for contact in service.contacts {
      writer.arrayTable("contacts")
      writer.string("name", ifPresent: contact.name)
      writer.string("email", ifPresent: contact.email)
      writer.string("phone", ifPresent: contact.phone)
    }
    for record in service.versions {
      writer.arrayTable("versions")
      writer.string("version", record.version.description)
      if record.lifecycle != .active { writer.string("lifecycle", record.lifecycle.rawValue) }
      if let released = record.released { writer.raw("released", released.description) }
      writer.string("notes", ifPresent: record.notes)
      if let deprecation = record.deprecation { writer.raw("deprecation", inline(deprecation)) }
    }
    for link in service.links {
      writer.arrayTable("links")
      writer.string("to", link.target.rawValue)
      if link.range.source != "*" && !link.range.source.isEmpty {
        writer.string("range", link.range.source)
      }
      if let kind = link.kind { writer.string("kind", kind.rawValue) }
      writer.string("note", ifPresent: link.note)
    }
    return writer.text
  }

  private static func inline(_ deprecation: Deprecation) -> String {
    var pairs = [("reason", TOMLWriter.quote(deprecation.reason))]
    if let replacement = deprecation.replacedBy {
      pairs.append(("replaced-by", TOMLWriter.quote(replacement.description)))
    }
    if let sunset = deprecation.sunset { pairs.append(("sunset", sunset.description)) }
    return TOMLWriter.inlineTable(pairs)
  }
}
