import RegistryModel

/// One row of a services file, read into values: what the row says about a service, each fact
/// `nil` when the file has no column for it (and so leaves the fact as it is).
struct ServiceRow {
  /// The line the row starts on.
  var line: Int
  /// The id from the id column, when given.
  var id: ServiceID?
  /// The name as written, spaces around it kept (an export writes them, and the round trip
  /// must give them back); empty when the cell is empty or blank.
  var name: String?
  /// The unit cell as written, trimmed.
  var unitText: String?
  /// The unit the cell was resolved to.
  var unit: UnitPath?
  /// The `unit_name` cell, for a unit the import creates.
  var unitName: String?
  /// The `unit_level` cell, for a unit the import creates.
  var unitLevel: UnitLevel?
  /// The `unit_aliases` cell, for a unit the import creates.
  var unitAliases: [String] = []
  /// The kind, when the cell says one.
  var kind: Kind?
  /// The lifecycle, when the cell says one.
  var lifecycle: Lifecycle?
  /// Whether the file has an owner column; `owner` is then the new owner, `nil` for none.
  var ownerGiven = false
  /// The new owner as written, when `ownerGiven`; a unit's name or alias becomes its path.
  var owner: String?
  /// The contacts, when the file has a contacts column (empty clears them).
  var contacts: [Contact]?
  /// One more contact from the contact name, e-mail and phone columns, when they say one.
  var contactFromParts: Contact?
  /// The tags, when the file has a tags column (empty clears them).
  var tags: [String]?
  /// Whether the file has a URL column; `url` is then the new URL, `nil` for none.
  var urlGiven = false
  /// The new URL, when `urlGiven`.
  var url: String?
  /// Whether the file has a description column.
  var descriptionGiven = false
  /// The new description, when `descriptionGiven`.
  var description: String?
  /// The versions listed, when the file has a versions column.
  var versions: [ServiceVersion]?
  /// Whether the file has deprecation columns; `deprecation` is then the new one, or `nil`.
  var deprecationGiven = false
  /// The new deprecation, when `deprecationGiven`.
  var deprecation: Deprecation?

  /// Reads `record` through `map`; fails on the first cell that cannot be read.
  init(_ record: InventoryRecord, map: ColumnMap<ServiceColumn>) throws(CellError) {
    line = record.line
    if let text = map.cell(.id, of: record), !text.isEmpty {
      do {
        id = try ServiceID(validating: text)
      } catch {
        throw CellError(error.description)
      }
    }
    name = map.cell(.name, of: record, trim: false).map {
      $0.allSatisfy(\.isWhitespace) ? "" : $0
    }
    unitText = map.cell(.unit, of: record)
    unitName = map.cell(.unitName, of: record).flatMap { $0.isEmpty ? nil : $0 }
    if let text = map.cell(.unitLevel, of: record), !text.isEmpty {
      guard let level = InventoryWords.unitLevel(text) else {
        throw CellError(
          "unit_level: '\(text)' is not a level; use "
            + UnitLevel.allCases.map(\.rawValue).joined(separator: ", "))
      }
      unitLevel = level
    }
    unitAliases = map.cell(.unitAliases, of: record).map(ListCoding.items) ?? []
    if let text = map.cell(.kind, of: record), !text.isEmpty {
      guard let kind = InventoryWords.serviceKind(text) else {
        throw CellError("kind: '\(text)' has no letters or digits to make a kind of")
      }
      self.kind = kind
    }
    if let text = map.cell(.lifecycle, of: record), !text.isEmpty {
      guard let lifecycle = InventoryWords.lifecycle(text) else {
        throw CellError(
          "'\(text)' is not a lifecycle; use " + InventoryWords.lifecycleHelp
            + ", or say what it means with --map-value 'lifecycle:\(text)=LIFECYCLE'")
      }
      self.lifecycle = lifecycle
    }
    if let text = map.cell(.owner, of: record) {
      ownerGiven = true
      owner = text.isEmpty ? nil : text
      if let owner, let reason = TextRules.problem(in: owner, multiline: false) {
        throw CellError("owner: \(reason)")
      }
    }
    if let cell = map.cell(.contacts, of: record) {
      contacts = try ListCoding.items(of: cell).map { (text) throws(CellError) -> Contact in
        do throws(ModelError) {
          return try Contact(validating: text)
        } catch {
          throw CellError("contacts: \(error.description); write each as Name <email> phone")
        }
      }
    }
    let parts = [ServiceColumn.contactName, .contactEmail, .contactPhone].map {
      map.cell($0, of: record) ?? ""
    }
    if parts.contains(where: { !$0.isEmpty }) {
      do throws(ModelError) {
        contactFromParts = try Contact(name: parts[0], email: parts[1], phone: parts[2])
      } catch {
        throw CellError(error.description)
      }
    }
    tags = map.cell(.tags, of: record).map(ListCoding.items)
    if let text = map.cell(.url, of: record) {
      urlGiven = true
      url = text.isEmpty ? nil : text
    }
    if let text = map.cell(.description, of: record, trim: false) {
      descriptionGiven = true
      description = text.allSatisfy(\.isWhitespace) ? nil : text
    }
    versions = try map.cell(.versions, of: record).map(CellValues.versions)
    let reason = map.cell(.deprecationReason, of: record, trim: false)
    let replacedBy = map.cell(.deprecationReplacedBy, of: record)
    let sunset = map.cell(.deprecationSunset, of: record)
    if reason != nil || replacedBy != nil || sunset != nil {
      deprecationGiven = true
      deprecation = try CellValues.deprecation(
        reason: reason.map { $0.allSatisfy(\.isWhitespace) ? "" : $0 } ?? "",
        replacedBy: replacedBy ?? "", sunset: sunset ?? "", column: "deprecation")
    }
  }

  /// The service as this row makes it: `existing` with the row's facts put in, or a new
  /// service, which needs a name and a unit. Versions are merged: a listed version replaces
  /// the record of the same version, and versions not listed stay.
  func service(_ id: ServiceID, updating existing: Service?) throws(CellError) -> Service {
    var service: Service
    if let existing {
      service = existing
    } else {
      // A list of sites names some only by their address: the address is their name.
      guard let name = namedOrURL else {
        throw CellError("new service '\(id)' has no name (and no URL to name it by)")
      }
      guard let unit else {
        throw CellError("new service '\(id)' has no unit; give its unit path in a unit column")
      }
      if isNamedByURL {
        // A URL holds anything a cell may; as a name it must keep the name's rules (found by
        // the CSV fuzzer: a URL with control characters made a name the next import refused).
        do {
          try CellValues.checkName(name)
        } catch {
          throw CellError(
            "new service '\(id)' has no name, and its URL cannot be one: \(error.message)")
        }
      }
      service = Service(id: id, unit: unit, name: name)
    }
    if let name, !name.isEmpty {
      try CellValues.checkName(name)
      service.name = name
    }
    if let unit { service.unit = unit }
    if let kind { service.kind = kind }
    if let lifecycle { service.lifecycle = lifecycle }
    if ownerGiven { service.owner = owner }
    if let contacts { service.contacts = contacts }
    if let contactFromParts {
      service.contacts =
        service.contacts.filter { $0.key != contactFromParts.key } + [contactFromParts]
    }
    if let tags { service.tags = tags }
    if urlGiven { service.url = url }
    if descriptionGiven { service.description = description }
    if let versions, !versions.isEmpty {
      var merged = service.versions
      for record in versions {
        if let index = merged.firstIndex(where: {
          $0.version.compareByPrecedence(record.version) == 0
        }) {
          merged[index] = record
        } else {
          merged.append(record)
        }
      }
      service.versions = merged
    }
    if deprecationGiven { service.deprecation = deprecation }
    return service
  }

  /// The name cell, or the URL when the name cell is empty.
  var namedOrURL: String? {
    if let name, !name.isEmpty { return name }
    if urlGiven, let url, !url.isEmpty { return url }
    return nil
  }

  /// Whether a new service from this row takes its URL as its name.
  var isNamedByURL: Bool { (name ?? "").isEmpty && namedOrURL != nil }

  /// The deprecations this row sets, to check that their replacements exist.
  var deprecationsGiven: [Deprecation] {
    (deprecationGiven ? [deprecation].compactMap { $0 } : [])
      + (versions ?? []).compactMap(\.deprecation)
  }
}
