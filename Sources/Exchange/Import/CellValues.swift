import RegistryModel
import SemVer

/// Reading model values out of cells, leniently where inventories differ from the registry's
/// own form (`2.1` is version 2.1.0; `31/12/2025` is a day-first date) and strictly otherwise.
enum CellValues {
  /// A version: semver, or one or two numbers with an optional `v` (`2`, `v2.1`) padded with
  /// zeros.
  static func version(_ text: String) throws(CellError) -> Version {
    if let version = try? Version(parsing: text) { return version }
    let digits = text.first == "v" || text.first == "V" ? text.dropFirst() : Substring(text)
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    if (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let version = try? Version(
        parsing: (parts.map(String.init) + ["0", "0"]).prefix(3).joined(separator: "."))
    {
      return version
    }
    throw CellError("'\(text)' is not a version; expected MAJOR.MINOR.PATCH such as 2.1.0")
  }

  /// A date as `YYYY-MM-DD`, or day first as `D/M/YYYY`, `D-M-YYYY` or `D.M.YYYY`.
  static func date(_ text: String, column: String) throws(CellError) -> CalendarDate {
    if let date = try? CalendarDate(validating: text) { return date }
    let parts = text.split { $0 == "/" || $0 == "-" || $0 == "." }
    if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2]), let date = try? CalendarDate(year: year, month: month, day: day)
    {
      return date
    }
    throw CellError(
      "\(column): '\(text)' is not a date; expected YYYY-MM-DD (or day first, DD/MM/YYYY)")
  }

  /// A reference `ID`, `ID@VERSION` or `ID@RANGE`.
  static func reference(_ text: String, column: String) throws(CellError) -> Reference {
    do {
      return try Reference(validating: text)
    } catch {
      throw CellError("\(column): \(error.description)")
    }
  }

  /// A display name: one line, not empty, no control characters, as the model requires.
  static func checkName(_ name: String) throws(CellError) {
    if name.isEmpty { throw CellError("the name is empty") }
    if name.contains(where: \.isNewline) {
      throw CellError("the name spans lines; a name must fit on one line")
    }
    if hasControlCharacters(name) { throw CellError("the name holds control characters") }
  }

  /// A deprecation reason: not blank, no control characters but line breaks and tabs.
  static func checkReason(_ reason: String, column: String) throws(CellError) {
    if reason.allSatisfy(\.isWhitespace) { throw CellError("\(column) is empty") }
    if hasControlCharacters(reason) { throw CellError("\(column) holds control characters") }
  }

  /// The deprecation the three parts make: none when all are empty; a reason is required when
  /// a replacement or sunset is given.
  static func deprecation(reason: String, replacedBy: String, sunset: String, column: String)
    throws(CellError) -> Deprecation?
  {
    if reason.isEmpty && replacedBy.isEmpty && sunset.isEmpty { return nil }
    guard !reason.isEmpty else {
      throw CellError("\(column): a replacement or sunset needs a reason too")
    }
    try checkReason(reason, column: column)
    return Deprecation(
      reason: reason,
      replacedBy: replacedBy.isEmpty ? nil : try reference(replacedBy, column: column),
      sunset: sunset.isEmpty ? nil : try date(sunset, column: column))
  }

  /// The versions in a `versions` cell: items split on `;` or `,`, fields on `:`, each field
  /// trimmed and decoded by `ListCoding`. O(length).
  static func versions(_ cell: String) throws(CellError) -> [ServiceVersion] {
    var records: [ServiceVersion] = []
    for item in ListCoding.split(cell, on: [UInt8(ascii: ";"), UInt8(ascii: ",")]) {
      let trimmed = item.trimmingWhitespace()
      if trimmed.isEmpty { continue }
      let fields = ListCoding.split(trimmed, on: [UInt8(ascii: ":")]).map {
        ListCoding.decoded($0.trimmingWhitespace())
      }
      guard fields.count <= 7 else {
        throw CellError(
          "versions: '\(trimmed)' has \(fields.count) fields; at most 7 "
            + "(version:lifecycle:released:notes:reason:replaced-by:sunset)")
      }
      func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
      let version: Version
      do {
        version = try self.version(field(0))
      } catch {
        throw CellError("versions: " + error.message)
      }
      var lifecycle = Lifecycle.active
      if !field(1).isEmpty {
        guard let word = InventoryWords.lifecycle(field(1)) else {
          throw CellError(
            "versions: '\(field(1))' is not a lifecycle; use " + InventoryWords.lifecycleHelp)
        }
        lifecycle = word
      }
      if records.contains(where: { $0.version.compareByPrecedence(version) == 0 }) {
        throw CellError("versions: \(version) is listed twice")
      }
      records.append(
        ServiceVersion(
          version, lifecycle: lifecycle,
          released: field(2).isEmpty ? nil : try date(field(2), column: "versions"),
          notes: field(3).isEmpty ? nil : field(3),
          deprecation: try deprecation(
            reason: field(4), replacedBy: field(5), sunset: field(6), column: "versions")))
    }
    return records
  }

  private static func hasControlCharacters(_ text: String) -> Bool {
    // Printable ASCII holds none; only other text needs the Unicode properties.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return false }
    return text.unicodeScalars.contains {
      $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t"
    }
  }
}
