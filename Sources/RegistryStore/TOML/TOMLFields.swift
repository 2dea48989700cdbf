import RegistryModel
import SemVer
import TOMLKit

/// Typed reads from one TOML table that report a wrong or missing value at its place in the
/// file, and reject keys the registry does not know (so that nothing typed by hand is silently
/// dropped on the next write).
struct TOMLFields {
  let table: TOMLTable
  let context: Context
  let path: [SourceLocator.Step]

  /// What every read in one file shares: the file's path and its source, for locating errors.
  struct Context {
    let filePath: String
    let source: String

    /// Built only when an error needs a position: most files have none, and splitting every
    /// file into lines was a sixth of the time to open a registry.
    var locator: SourceLocator { SourceLocator(source: source) }
  }

  /// Parses `source` with TOMLKit, turning its syntax errors into located store errors.
  static func parse(_ source: String, filePath: String) throws(StoreError) -> TOMLFields {
    // toml++ aborts the process on some malformed files and TOMLKit cuts text at NUL, so only
    // what the strict checker accepts reaches it.
    if let failure = TOMLSyntaxChecker.check(source) {
      let location = SourceLocation(path: filePath, line: failure.line, column: failure.column)
      throw .syntax(location, failure.message)
    }
    do {
      let table = try TOMLTable(string: source)
      return TOMLFields(
        table: table, context: Context(filePath: filePath, source: source), path: [])
    } catch let error as TOMLParseError {
      let location = SourceLocation(
        path: filePath, line: error.source.begin.line, column: error.source.begin.column)
      throw .syntax(location, error.description)
    } catch {
      throw .syntax(SourceLocation(path: filePath, line: 1, column: 1), "\(error)")
    }
  }

  /// An error located at `key` in this table.
  func error(at key: String?, _ message: String, pointingAtKey: Bool = false) -> StoreError {
    let steps = key.map { path + [.key($0)] } ?? path
    let (line, column) = context.locator.locate(steps, pointingAtKey: pointingAtKey)
    return .invalidValue(
      SourceLocation(path: context.filePath, line: line, column: column), message)
  }

  /// Rejects keys outside `allowed`, naming the first unknown one and the keys allowed.
  func rejectUnknownKeys(allowed: [String], in what: String) throws(StoreError) {
    for key in table.keys where !allowed.contains(key) {
      throw error(
        at: key,
        "unknown key '\(key)' in \(what); allowed keys: \(allowed.joined(separator: ", "))",
        pointingAtKey: true)
    }
  }

  /// The string at `key`, if any; unless `multiline`, it must keep `TextRules` on one line.
  func optionalString(_ key: String, multiline: Bool = false) throws(StoreError) -> String? {
    guard let value = table[key] else { return nil }
    guard let string = value.string else {
      throw error(at: key, "'\(key)' must be a string in quotes, found \(value.type)")
    }
    if !multiline, let reason = TextRules.problem(in: string, multiline: false) {
      throw error(at: key, "'\(key)': \(reason)")
    }
    return string
  }

  /// The string at `key`, which must be there; unless `multiline`, it must keep `TextRules` on
  /// one line.
  func string(_ key: String, multiline: Bool = false) throws(StoreError) -> String {
    guard let value = try optionalString(key, multiline: multiline) else {
      throw error(at: nil, "missing required key '\(key)'")
    }
    return value
  }

  /// The strings at `key`, each on one line and keeping `TextRules`.
  func strings(_ key: String) throws(StoreError) -> [String] {
    guard let value = table[key] else { return [] }
    guard let array = value.array else {
      throw error(at: key, "'\(key)' must be an array of strings, such as [\"a\", \"b\"]")
    }
    var result: [String] = []
    for element in array {
      guard let string = element.string else {
        throw error(at: key, "'\(key)' must hold only strings, found \(element.type)")
      }
      if let reason = TextRules.problem(in: string, multiline: false) {
        throw error(at: key, "'\(key)': \(reason)")
      }
      result.append(string)
    }
    return result
  }

  func optionalInt(_ key: String) throws(StoreError) -> Int? {
    guard let value = table[key] else { return nil }
    guard let int = value.int else { throw error(at: key, "'\(key)' must be an integer") }
    return int
  }

  func optionalDouble(_ key: String) throws(StoreError) -> Double? {
    guard let value = table[key] else { return nil }
    if let double = value.double { return double }
    if let int = value.int { return Double(int) }
    throw error(at: key, "'\(key)' must be a number")
  }

  /// A date written as a TOML local date (`2025-06-30`) or as a string holding one.
  func optionalDate(_ key: String) throws(StoreError) -> CalendarDate? {
    guard let value = table[key] else { return nil }
    do {
      if let date = value.date {
        return try CalendarDate(year: date.year, month: date.month, day: date.day)
      }
      if let string = value.string { return try CalendarDate(validating: string) }
    } catch {
      throw self.error(at: key, error.description)
    }
    throw error(at: key, "'\(key)' must be a date such as 2025-06-30")
  }

  /// Reads a value with `parse`, turning a model error into a located store error.
  func parsed<T>(
    _ key: String, _ parse: (String) throws(ModelError) -> T
  ) throws(StoreError) -> T? {
    guard let text = try optionalString(key) else { return nil }
    do {
      return try parse(text)
    } catch {
      throw self.error(at: key, error.description)
    }
  }

  func optionalVersionRange(_ key: String, interner: inout ValueInterner) throws(StoreError)
    -> VersionRange?
  {
    guard let text = try optionalString(key) else { return nil }
    let range: VersionRange
    do {
      range = try interner.range(text)
    } catch {
      throw self.error(at: key, error.description)
    }
    // npm reads a blank range as any version, but it would not survive a rewrite (which
    // leaves `range` out for any version), so it is refused (found by fuzzing).
    guard !range.source.isEmpty else {
      throw error(at: key, "'\(key)' is empty; leave it out to accept any version, or write \"*\"")
    }
    return range
  }

  func version(_ key: String) throws(StoreError) -> Version {
    let text = try string(key)
    do {
      return try Version(parsing: text)
    } catch {
      throw self.error(at: key, error.description)
    }
  }

  /// The inline or standard table at `key`, if present.
  func optionalTable(_ key: String) throws(StoreError) -> TOMLFields? {
    guard let value = table[key] else { return nil }
    guard let inner = value.table else {
      throw error(at: key, "'\(key)' must be a table, such as { reason = \"…\" }")
    }
    return TOMLFields(table: inner, context: context, path: path + [.key(key)])
  }

  /// The entries of an array of tables (`[[key]]`).
  func tables(_ key: String) throws(StoreError) -> [TOMLFields] {
    guard let value = table[key] else { return [] }
    guard let array = value.array else {
      throw error(at: key, "'\(key)' must be written as [[\(key)]] tables")
    }
    var result: [TOMLFields] = []
    for (index, element) in array.enumerated() {
      guard let inner = element.table else {
        throw error(at: key, "each entry of '\(key)' must be a table")
      }
      result.append(TOMLFields(table: inner, context: context, path: [.entry(key, index)]))
    }
    return result
  }
}
