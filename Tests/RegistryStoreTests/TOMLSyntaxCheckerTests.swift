import Foundation
import RegistryModel
import SemVer
import TOMLKit
import TestSupport
import Testing

@testable import RegistryStore

/// The syntax checker that guards TOMLKit: the lines that abort toml++ come back as located
/// errors, valid TOML always passes, and on thousands of damaged files it never lets through
/// what toml++ aborts on nor refuses what toml++ reads.
@Suite struct TOMLSyntaxCheckerTests {
  static let id = ServiceID("siakad")!
  static let unit = UnitPath("ptkn/uin-jakarta")!

  /// The error `ServiceCodec.decode` throws for `text`, or `nil` when it reads it.
  static func serviceError(_ text: String) -> StoreError? {
    do throws(StoreError) {
      _ = try ServiceCodec.decode(text, id: id, unit: unit, filePath: "s.toml")
      return nil
    } catch {
      return error
    }
  }

  /// Whether TOMLKit itself, without the checker, reads `text`; its error message otherwise.
  /// Only for text that cannot abort it.
  static func tomlKit(_ text: String) -> String? {
    do {
      _ = try TOMLTable(string: text)
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// Expects `error` to be a syntax error at `line`:`column` whose message holds `fragment`.
  static func expectSyntax(
    _ error: StoreError?, at line: Int, _ column: Int, _ fragment: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    guard case .syntax(let location, let message) = error else {
      Issue.record("expected a syntax error, got \(String(describing: error))")
      return
    }
    #expect(
      (location.line, location.column) == (line, column), "\(message)",
      sourceLocation: sourceLocation)
    #expect(message.contains(fragment), "\(message)", sourceLocation: sourceLocation)
  }

  // MARK: - Lines that abort toml++

  /// Lines that stop the process inside toml++ (an assertion, in release builds too) or that
  /// TOMLKit silently cuts short at a NUL, each as line 2 or later of a service file, with
  /// where and what the checker reports.
  static let triggers: [(text: String, line: Int, column: Int, message: String)] = [
    ("[[[links]]", 2, 3, "expected the array-of-tables name, found '['"),
    ("[=]", 2, 2, "expected the table name, found '='"),
    ("[[", 2, 3, "expected the array-of-tables name, found the end of the line"),
    ("[ .links]", 2, 3, "expected the table name, found '.'"),
    ("tags = [}", 2, 9, "expected a value"),
    ("tags = [\"a\",\u{2028}]", 2, 13, "found '\u{2028}' (U+2028)"),
    ("tags = [\"a\", # more\n}", 3, 1, "expected a value"),
    ("[[versions]]\nversion = \"1.0.0\"\nreleased = 2024-08-01 5", 4, 24, "07:30:00"),
    ("deprecation = { reason = \"r\", sunset = 2024-08-01 5}", 2, 52, "07:30:00"),
    ("[[versions]]\nversion = \"1.0.0\"\nreleased = 2024-08-0[ 3", 4, 21, "two-digit day"),
    ("[[versions]]\nversion = \"1.0.0\"\nreleased = 2024-08-01Tx", 4, 23, "found 'x'"),
    ("description = \"a\\u0000b\"", 2, 17, "NUL characters are not supported"),
    ("description = \"\\U00000000\"", 2, 16, "NUL characters are not supported"),
    ("description = \"a\u{0}b\"", 2, 17, "NUL characters are not supported"),
    ("# a comment \u{0} that hides the rest", 2, 13, "NUL characters are not supported"),
  ]

  @Test(arguments: triggers)
  func aLineThatAbortsTOMLKitIsALocatedSyntaxError(
    _ trigger: (text: String, line: Int, column: Int, message: String)
  ) {
    let text = "name = \"SIAKAD\"\n\(trigger.text)\nkind = \"application\"\n"
    Self.expectSyntax(Self.serviceError(text), at: trigger.line, trigger.column, trigger.message)
  }

  @Test func unitsAndSettingsFilesReportTheSameLines() {
    func unitsError(_ text: String) -> StoreError? {
      do throws(StoreError) {
        _ = try UnitsCodec.decode(text, filePath: "units.toml")
        return nil
      } catch {
        return error
      }
    }
    func settingsError(_ text: String) -> StoreError? {
      do throws(StoreError) {
        _ = try SettingsCodec.decode(text, filePath: "registry.toml")
        return nil
      } catch {
        return error
      }
    }
    let unit = "[[units]]\npath = \"pusat\"\nname = \"Pusat\"\n"
    Self.expectSyntax(unitsError("[[[units]]\n" + unit), at: 1, 3, "array-of-tables name")
    Self.expectSyntax(unitsError(unit + "aliases = [}\n"), at: 4, 12, "expected a value")
    Self.expectSyntax(unitsError(unit + "name = \"a\u{0}\"\n"), at: 4, 10, "NUL")
    Self.expectSyntax(settingsError("name = \"x\"\n[=]\n"), at: 2, 2, "expected the table name")
    Self.expectSyntax(
      settingsError("name = \"x\"\n\n[duplicates]\nstopwords = [\"a\",\n}\n"), at: 5, 1,
      "expected a value")
    Self.expectSyntax(
      settingsError("name = \"x\"\n[duplicates.acronyms]\nSSO = \"single\\u0000\"\n"), at: 3, 14,
      "NUL")
  }

  @Test func aRegistryWithAbortingFilesOpensAndListsEachAtItsPlace() throws {
    var files = [
      "pusaka": RegistryFixture.service("PUSAKA", versions: ["1.0.0"]),
      "simpeg": RegistryFixture.service("SIMPEG", links: ["pusaka"]),
    ]
    for (number, trigger) in Self.triggers.enumerated() {
      files["broken-\(number)"] = "name = \"Broken\"\n\(trigger.text)\n"
    }
    let folder = try RegistryFixture.make(services: ["pusat/setjen": files])
    defer { folder.remove() }
    try folder.write("name = \"Kemenag\"\n[=]\n", to: "registry.toml")
    try folder.write("[[units]]\npath = \"pusat/setjen\"\n[[[units]]\n", to: "units.toml")
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.registry.services.count == 2)
    #expect(store.registry.services[ServiceID("simpeg")!]?.links.first?.target.rawValue == "pusaka")
    #expect(store.brokenFiles.count == Self.triggers.count + 2)
    for (number, trigger) in Self.triggers.enumerated() {
      let path = "\(folder.path)/services/pusat/setjen/broken-\(number).toml"
      let broken = store.brokenFiles.first { $0.serviceID?.rawValue == "broken-\(number)" }
      #expect(
        broken?.error.description
          .hasPrefix("\(path):\(trigger.line):\(trigger.column): error: ") == true,
        "\(String(describing: broken?.error))")
    }
    for (file, line, column) in [("registry.toml", 2, 2), ("units.toml", 3, 3)] {
      let location = store.brokenFiles.first { $0.relativePath == file }?.error.location
      #expect(location?.path == folder.file(file))
      #expect((location?.line, location?.column) == (line, column))
    }
  }

  // MARK: - Valid TOML passes

  @Test func everyFileOfTheBundledRegistryPasses() throws {
    let registry = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("registry")
    let files = try #require(FileManager.default.enumerator(atPath: registry.path))
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".toml") }
    #expect(files.count > 2_000)
    #expect(files.contains("units.toml") && files.contains("registry.toml"))
    for file in files {
      let bytes = try Data(contentsOf: registry.appendingPathComponent(file))
      let failure = bytes.withUnsafeBytes { TOMLSyntaxChecker.check($0.bindMemory(to: UInt8.self)) }
      #expect(failure == nil, "\(file): \(String(describing: failure))")
    }
  }

  @Test func whatTheCodecsWriteForRandomValuesPasses() throws {
    var random = SplitMix64(seed: 0x70_3A_C4_EC_0001)
    for _ in 0..<300 {
      let service = try RandomValues.service(using: &random)
      let text = ServiceCodec.encode(service)
      #expect(TOMLSyntaxChecker.check(text) == nil, "\(text)")
      // Through the checker and TOMLKit, not the fast reader, to the same service.
      var interner = ValueInterner()
      let read = try ServiceCodec.decodeWithTOMLKit(
        text, id: service.id, unit: service.unit, filePath: "s.toml", interner: &interner)
      #expect(read == service)
    }
    for _ in 0..<40 {
      let units = try RandomValues.units(using: &random)
      let text = UnitsCodec.encode(units)
      #expect(TOMLSyntaxChecker.check(text) == nil, "\(text)")
      #expect(try UnitsCodec.decode(text, filePath: "units.toml") == units)
      let settings = RandomValues.settings(using: &random)
      let settingsText = SettingsCodec.encode(settings)
      #expect(TOMLSyntaxChecker.check(settingsText) == nil, "\(settingsText)")
      #expect(try SettingsCodec.decode(settingsText, filePath: "registry.toml") == settings)
    }
  }

  /// Valid TOML 1.0 covering every construct of the grammar, each accepted by TOMLKit too.
  static let valid: [String] = [
    "",
    "\n\n",
    "# only a comment",
    "# a comment\twith a tab, Unicode é 漢 😀 and no line end",
    "\u{FEFF}a = 1\n",
    "a = 1\r\nb = [\r\n  2, # two\r\n]\r\n[t]\r\nc = \"\"\"\r\nx\r\n\"\"\"\r\n",
    "bare_key-09 = 1\nABC = 2\n1234 = 3\n- = 4\n_ = 5\n",
    "\"quoted key\" = 1\n'literal key' = 2\n\"\" = 3\n\"é \\u00E9\" = 4\n",
    "a.b.c = 1\na . \"b.2\" . 'c' = 2\n  \t indented = 3\n",
    "s = \"tab\there \\\" \\\\ \\b \\t \\n \\f \\r \\u00E9 \\U0001F600 \\uFFFF \\U0010FFFF\"\n",
    "s = 'C:\\Users\\nodejs' # literal: no escapes\n",
    "s = \"\"\"\nRoses are red\n  Violets are blue\"\"\"\n",
    "s = \"\"\"\\\n   The quick \\\n\n\n   brown fox \\  \t\n   jumps.\"\"\"\n",
    "s = \"\"\"one \" two \"\" three\"\"\"\ns2 = \"\"\"ends with quotes\"\"\"\"\"\n",
    "s = \"\"\"\"\"\"\ns2 = ''''''\ns3 = \"\"\n",
    "s = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.'''\n",
    "s = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\ns2 = ''''one''''\n",
    "i = [+99, 42, 0, -17, 1_000, 5_349_221, 1_2_3_4_5, -0, +0]\n",
    "i = [9223372036854775807, -9223372036854775808]\n",
    "h = [0xDEADBEEF, 0xdeadbeef, 0xdead_beef, 0x0, 0x7FFF_FFFF_FFFF_FFFF, 0x0000_01]\n",
    "o = [0o01234567, 0o755, 0o0]\nb = [0b11010110, 0b1_0, 0b0]\n",
    "f = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991_228, 0.0, -0.0]\n",
    "f = [1e1_0, 0e0, 1.5E+1_0, 9_9.0_1e-0_1]\n",
    "f = [inf, +inf, -inf, nan, +nan, -nan]\nt = true\nu = false\n",
    "d = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999+07:00]\n",
    "d = [1979-05-27 07:32:00Z, 1979-05-27t07:32:00z, 1979-05-27T07:32:00+23:59]\n",
    "d = [1979-05-27T07:32:00, 1979-05-27 00:32:00.999999, 1979-05-27, 2024-02-29, 2000-02-29]\n",
    "t = [07:32:00, 00:32:00.999999, 23:59:59.1234567890123]\n",
    "d = 1979-05-27 # a date and a comment\nt = 07:32:00\t# a time and a comment\n",
    "a = []\nb = [ ]\nc = [\n]\nd = [[1, 2], [\"a\", 'b'], [[[]]]]\ne = [1, 'two', 3.0, [4], {five = 5}]\n",
    "a = [\n  1,\n  2, # comment\n  # a whole line\n\n  3,\n]\nb = [ 1 , 2 , ]\n",
    "a = [ # comment right after the bracket\n  \"x\" ,# comment right after a comma\n]\n",
    "a = {}\nb = { }\nc = { x = 1, y.z = \"2\", \"w\" = [1, 2], v = { u = {} } }\n",
    "a = { x = [\n  1, # an array in an inline table may span lines\n] }\n",
    "[table]\n[ spaced . \"quoted\" . 'literal' ]  # a comment\n[x.y.z]\n[\"\"]\n",
    "[[products]]\nname = \"Hammer\"\n\n[[products]]\n\n[[ spaced . \"array\" ]] # comment\n",
    "[fruit]\napple.color = \"red\"\n[[fruit.varieties]]\nname = \"red delicious\"\n",
    "s = \"\"\"\na\\\n\"\"\"\nlast = 1",
  ]

  @Test(arguments: valid)
  func validTOMLPassesTheCheckerAndTOMLKit(_ text: String) {
    #expect(TOMLSyntaxChecker.check(text) == nil)
    #expect(Self.tomlKit(text) == nil)
  }

  /// The checker leaves keys defined twice and tables redefined to TOMLKit, which reports them
  /// as located syntax errors without harm.
  @Test func duplicateKeysAndRedefinedTablesAreReportedByTOMLKit() {
    let twice = "name = \"a\"\nname = \"b\"\n"
    #expect(TOMLSyntaxChecker.check(twice) == nil)
    Self.expectSyntax(Self.serviceError(twice), at: 2, 8, "redefine")
    let table = "name = \"a\"\n[deprecation]\nreason = \"x\"\n[deprecation]\nreason = \"y\"\n"
    #expect(TOMLSyntaxChecker.check(table) == nil)
    Self.expectSyntax(Self.serviceError(table), at: 4, 1, "redefine")
  }

  // MARK: - Invalid TOML is rejected at its place

  static let invalid: [(text: String, line: Int, column: Int, message: String)] = [
    ("a = 1 b = 2", 1, 7, "expected the end of the line after the value, found 'b'"),
    ("a = ", 1, 5, "expected a value"),
    ("a", 1, 2, "expected '=' after the key, found the end of the file"),
    ("= 1", 1, 1, "expected a key, a [table] header or a comment, found '='"),
    ("é = 1", 1, 1, "found 'é' (U+00E9)"),
    ("a.=1", 1, 3, "expected a key after '.', found '='"),
    ("\"\"\"a\"\"\" = 1", 1, 1, "a key cannot be a multi-line string"),
    ("a = 1\rb = 2", 1, 6, "a carriage return (\\r) must be followed by a line feed"),
    ("a = 1\n# c\u{1}", 2, 4, "control character U+0001 is not allowed in a comment"),
    ("# c\u{7F}", 1, 4, "control character U+007F"),
    ("a = \"x", 1, 5, "unterminated string"),
    ("a = \"x\ny\"", 1, 5, "unterminated string"),
    ("a = 'x", 1, 5, "unterminated string"),
    ("a = \"x\\", 1, 5, "unterminated string"),
    ("x = 1\na = \"\"\"x\n\n", 2, 5, "unterminated multi-line string"),
    ("a = '''x", 1, 5, "unterminated multi-line string"),
    ("a = \"\\q\"", 1, 7, "unknown escape '\\q'"),
    ("a = \"\\x41\"", 1, 7, "unknown escape '\\x'"),
    ("a = \"\\e\"", 1, 7, "unknown escape '\\e'"),
    ("a = \"\\ x\"", 1, 7, "unknown escape '\\' followed by ' '"),
    ("a = \"\\u12\"", 1, 10, "expected 4 hexadecimal digits after '\\u'"),
    ("a = \"\\uD800\"", 1, 6, "surrogate"),
    ("a = \"\\U00110000\"", 1, 6, "beyond U+10FFFF"),
    ("a = \"x\u{1}\"", 1, 7, "write it as the escape \\u0001"),
    ("a = 'x\u{7F}'", 1, 7, "use a basic string"),
    ("a = \"\"\"x\u{8}\"\"\"", 1, 9, "control character U+0008"),
    ("a = \"\"\"\\ x\n\"\"\"", 1, 10, "only spaces and tabs may follow a backslash"),
    ("a = \"\"\"x\"\"\"\"\"\"", 1, 14, "too many quotes"),
    ("a = '''x\r'''", 1, 9, "carriage return"),
    ("a = 01", 1, 5, "leading zero"),
    ("a = 0_1", 1, 5, "leading zero"),
    ("a = -01.5", 1, 6, "leading zero"),
    ("a = 1__0", 1, 6, "an underscore in a number must stand between two digits"),
    ("a = 1_", 1, 6, "underscore"),
    ("a = 1_.5", 1, 6, "underscore"),
    ("a = _1", 1, 5, "expected a value"),
    ("a = 9223372036854775808", 1, 5, "does not fit in 64 bits"),
    ("a = -9223372036854775809", 1, 5, "does not fit in 64 bits"),
    ("a = 0x8000000000000000", 1, 5, "does not fit in 64 bits"),
    ("a = -0x1", 1, 5, "cannot have a sign"),
    ("a = 0X1", 1, 6, "expected the end of the line after the value, found 'X'"),
    ("a = 0b102", 1, 9, "'2' is not a digit of a '0b' integer"),
    ("a = 0o8", 1, 7, "expected a digit after '0o', found '8'"),
    ("a = 0x_1", 1, 7, "expected a digit after '0x', found '_'"),
    ("a = 1.", 1, 7, "expected a digit after the decimal point"),
    ("a = .5", 1, 5, "expected a value"),
    ("a = 1.e5", 1, 7, "expected a digit after the decimal point, found 'e'"),
    ("a = 1e", 1, 7, "expected a digit in the exponent"),
    ("a = 1e+", 1, 8, "expected a digit in the exponent"),
    ("a = +", 1, 6, "expected a digit after the sign"),
    ("a = Inf", 1, 5, "found 'I' (text must be in quotes)"),
    ("a = True", 1, 5, "found 'T' (text must be in quotes)"),
    ("a = hello", 1, 5, "text must be in quotes"),
    ("a = 2024-13-01", 1, 10, "month 13 does not exist"),
    ("a = 2023-02-29", 1, 13, "day 29 does not exist in 2023-02"),
    ("a = 2024-04-31", 1, 13, "day 31 does not exist in 2024-04"),
    ("a = 2024-1-01", 1, 11, "expected a two-digit month, found '-'"),
    ("a = 2024-01-01T25:00:00", 1, 16, "hours run from 00 to 23"),
    ("a = 2024-01-01T10:61:00", 1, 19, "minutes run from 00 to 59"),
    ("a = 2024-01-01T10:00:61", 1, 22, "seconds run from 00 to 60"),
    ("a = 2024-01-01T10:00", 1, 21, "expected ':' and seconds"),
    ("a = 2024-01-01T10:00:00+25:00", 1, 25, "an offset's hours run from 00 to 23"),
    ("a = 2024-01-01T10:00:00+05", 1, 27, "expected ':' in the offset"),
    ("a = 2024-01-01T10:00:00.Z", 1, 25, "expected digits after the decimal point"),
    ("a = 10:00:00Z", 1, 13, "expected the end of the line after the value, found 'Z'"),
    ("a = 10:00", 1, 10, "expected ':' and seconds"),
    ("a = [1 2]", 1, 8, "expected ',' or ']' after the array element, found '2'"),
    ("a = [1,,2]", 1, 8, "expected a value"),
    ("a = [,]", 1, 6, "expected a value"),
    ("a = [1", 1, 5, "this array is never closed with ']'"),
    ("a = [\n1, # one\n", 1, 5, "never closed"),
    ("a = {a = 1,}", 1, 12, "an inline table cannot end with a comma"),
    ("a = {a = 1", 1, 11, "an inline table must close with '}' on the line it starts"),
    ("a = {a = 1,\nb = 2}", 1, 12, "must close with '}' on the line it starts"),
    ("a = {\n}", 1, 6, "must close with '}' on the line it starts"),
    ("a = { # c }", 1, 7, "must close with '}' on the line it starts"),
    ("a = {a = 1 b = 2}", 1, 12, "expected ',' or '}' after the value in the inline table"),
    ("a = {,}", 1, 6, "expected a key, found ','"),
    ("[a", 1, 3, "expected ']' to close the table header"),
    ("[a]]", 1, 4, "expected the end of the line after the table header, found ']'"),
    ("[a] b = 1", 1, 5, "expected the end of the line after the table header, found 'b'"),
    ("[[a]", 1, 5, "expected ']]' to close the array-of-tables header"),
    ("[[a] ]", 1, 5, "expected ']]' to close the array-of-tables header, found ' '"),
    ("[[a]x", 1, 5, "expected ']]' to close the array-of-tables header, found 'x'"),
    ("[ [a]]", 1, 3, "must not be separated"),
    ("[]", 1, 2, "expected the table name, found ']'"),
    ("[a.]", 1, 4, "expected a key after '.', found ']'"),
    ("[a b]", 1, 4, "expected ']' to close the table header, found 'b'"),
    ("[\"\"\"a\"\"\"]", 1, 2, "a key cannot be a multi-line string"),
    ("\u{FEFF}a = 1\nb = ?", 2, 5, "expected a value"),
    ("\u{FEFF}a = ?", 1, 5, "expected a value"),
    ("é = 'x'\nü = ", 1, 1, "found 'é'"),
    ("a = \"漢字\" b", 1, 10, "found 'b'"),
    ("a = \u{A0}1", 1, 5, "found '\u{A0}' (U+00A0)"),
  ]

  @Test(arguments: invalid)
  func invalidTOMLIsRejectedAtItsPlace(
    _ invalid: (text: String, line: Int, column: Int, message: String)
  ) throws {
    let failure = try #require(TOMLSyntaxChecker.check(invalid.text))
    #expect((failure.line, failure.column) == (invalid.line, invalid.column), "\(failure)")
    #expect(failure.message.contains(invalid.message), "\(failure)")
  }

  @Test func valuesNestedDeeperThanTOMLKitAllowsAreRejected() throws {
    let limit = TOMLSyntaxChecker.maximumDepth
    let deepest =
      "a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(TOMLSyntaxChecker.check(deepest) == nil)
    let tooDeep = "a = " + String(repeating: "[", count: limit + 1) + "]"
    let failure = try #require(TOMLSyntaxChecker.check(tooDeep))
    #expect((failure.line, failure.column) == (1, 5 + limit))
    #expect(failure.message.contains("nested more than \(limit) deep"))
  }

  @Test(arguments: [
    ([0x61, 0x20, 0x3D, 0x20, 0x22, 0xC3, 0x22], 1, 6),  // a lead byte without its follower
    ([0x61, 0x20, 0x3D, 0x20, 0x22, 0xC0, 0x80, 0x22], 1, 6),  // an overlong NUL
    ([0x61, 0x20, 0x3D, 0x20, 0x22, 0xED, 0xA0, 0x80, 0x22], 1, 6),  // a surrogate
    ([0x61, 0x20, 0x3D, 0x20, 0x27, 0xF4, 0x90, 0x80, 0x80, 0x27], 1, 6),  // past U+10FFFF
    ([0x23, 0x0A, 0x23, 0xE2, 0x82], 2, 2),  // cut short at the end, in a comment
    ([0x23, 0xFF], 1, 2),
  ])
  func invalidUTF8IsRejectedWhereItStarts(_ bytes: [UInt8], _ line: Int, _ column: Int) throws {
    let failure = try #require(bytes.withUnsafeBufferPointer { TOMLSyntaxChecker.check($0) })
    #expect((failure.line, failure.column) == (line, column))
    #expect(failure.message.contains("not valid UTF-8"))
  }

  // MARK: - Differential fuzzing against TOMLKit

  /// Damaged copies of valid files: where the checker accepts one, TOMLKit reads it without
  /// aborting (a crash here is a checker bug) and fails, if at all, only on what the checker
  /// leaves to it; where TOMLKit reads one, the checker accepts it too unless it holds a NUL.
  @Test(arguments: [UInt64(1), 2, 3, 4])
  func damagedFilesNeverAbortTOMLKitNorAreRefusedWhenTOMLKitReadsThem(_ seed: UInt64) throws {
    var random = SplitMix64(seed: 0xF0_22ED_0000 + seed)
    var originals = [Self.valid.joined(separator: "\n"), Self.valid[5]]
    originals.append(RoundTripTests.handWritten)
    originals.append(SettingsCodec.encode(RandomValues.settings(using: &random)))
    originals.append(UnitsCodec.encode(try RandomValues.units(using: &random)))
    for _ in 0..<4 {
      originals.append(ServiceCodec.encode(try RandomValues.service(using: &random)))
    }
    var counts = (accepted: 0, rejected: 0, comparedRejected: 0)
    for round in 0..<1_500 {
      var bytes = Array(originals[round % originals.count].utf8)
      for _ in 0...random.below(3) { Mutation.apply(to: &bytes, using: &random) }
      // As the store reads files: invalid UTF-8 becomes U+FFFD.
      let text = String(decoding: bytes, as: UTF8.self)
      guard let failure = TOMLSyntaxChecker.check(text) else {
        counts.accepted += 1
        if let error = Self.tomlKit(text) {
          let leftToTOMLKit = [
            "redefine", "not representable", "could not be interpreted", "second",
          ]
          #expect(leftToTOMLKit.contains { error.contains($0) }, "\(error)\n\(text)")
        }
        continue
      }
      counts.rejected += 1
      guard !Mutation.mayAbortTOMLKit(Array(text.utf8)) else { continue }
      counts.comparedRejected += 1
      if Self.tomlKit(text) == nil {
        #expect(failure.message.contains("NUL"), "refused what TOMLKit reads: \(failure)\n\(text)")
      }
    }
    // Each outcome must be common, or the damage tests little.
    #expect(counts.accepted > 100)
    #expect(counts.comparedRejected > 150)
  }
}

/// Random services, units and settings whose texts hold what needs care in TOML.
private enum RandomValues {

  static func identifier(using random: inout SplitMix64) -> String {
    ["sso", "siakad", "simpeg", "e-kinerja", "pddikti.v2"][random.below(5)] + "-\(random.below(40))"
  }

  static func date(using random: inout SplitMix64) -> CalendarDate {
    try! CalendarDate(
      year: 1 + random.below(9999), month: 1 + random.below(12), day: 1 + random.below(28))
  }

  static func service(using random: inout SplitMix64) throws -> Service {
    var versions: [ServiceVersion] = []
    for minor in 0..<random.below(4) {
      versions.append(
        ServiceVersion(
          try Version(
            parsing: "1.\(minor).\(random.below(9))" + (random.chance(0.3) ? "-rc.1" : "")),
          lifecycle: Lifecycle.allCases[random.below(Lifecycle.allCases.count)],
          released: random.chance(0.6) ? date(using: &random) : nil,
          notes: random.chance(0.4) ? random.awkwardText(maximumLength: 9) : nil,
          deprecation: random.chance(0.2)
            ? Deprecation(
              reason: random.awkwardText(maximumLength: 9), sunset: date(using: &random)) : nil))
    }
    var links: [Link] = []
    var targets = Set<String>()
    for _ in 0..<random.below(4) {
      let target = identifier(using: &random)
      guard targets.insert(target).inserted else { continue }
      links.append(
        Link(
          to: try ServiceID(validating: target),
          range: random.chance(0.6) ? try VersionRange(parsing: "^\(1 + random.below(3))") : .any,
          kind: random.chance(0.5) ? try Kind(validating: "api") : nil,
          note: random.chance(0.3) ? random.awkwardText(maximumLength: 9) : nil))
    }
    return Service(
      id: TOMLSyntaxCheckerTests.id, unit: TOMLSyntaxCheckerTests.unit,
      name: "N" + random.awkwardLine(maximumLength: 9),
      lifecycle: Lifecycle.allCases[random.below(4)],
      tags: (0..<random.below(3)).map { _ in random.awkwardLine(maximumLength: 9) },
      url: random.chance(0.5) ? "https://\(identifier(using: &random)).go.id/?a=1&b=\"2\"" : nil,
      description: random.chance(0.5) ? random.awkwardText(maximumLength: 9) : nil,
      versions: versions,
      links: links,
      deprecation: random.chance(0.2)
        ? Deprecation(
          reason: random.awkwardText(maximumLength: 9),
          replacedBy: try Reference(validating: "sso@^2"))
        : nil)
  }

  static func units(using random: inout SplitMix64) throws -> [UnitPath: RegistryModel.Unit] {
    var units: [UnitPath: RegistryModel.Unit] = [:]
    for _ in 0..<random.below(5) {
      let path = try UnitPath(validating: "pusat/\(identifier(using: &random))")
      units[path] = RegistryModel.Unit(
        path: path, name: random.awkwardLine(maximumLength: 9),
        level: UnitLevel.allCases[random.below(UnitLevel.allCases.count)],
        aliases: (0..<random.below(3)).map { _ in random.awkwardLine(maximumLength: 9) })
    }
    return units
  }

  static func settings(using random: inout SplitMix64) -> RegistrySettings {
    var acronyms: [String: String] = [:]
    for _ in 0..<random.below(4) {
      acronyms[random.awkwardLine(maximumLength: 9)] = random.awkwardLine(maximumLength: 9)
    }
    return RegistrySettings(
      name: random.awkwardLine(maximumLength: 9),
      duplicates: DuplicateSettings(
        stopwords: (0..<random.below(3)).map { _ in random.awkwardLine(maximumLength: 9) },
        acronyms: acronyms,
        minimumScore: random.chance(0.5) ? Double(random.below(101)) / 100 : nil))
  }
}

/// Random damage to a file's bytes, and which damaged files might abort toml++.
private enum Mutation {
  static let fragments: [[UInt8]] = [
    "[", "[[", "]]", "]", "{", "}", ",", "=", "\"", "'", "\"\"\"", "'''", "\\", "\\u0000", "#",
    ".", " ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}",
    "\u{FEFF}", "é", "0", "9", "+", "-", "_", "e", "T", "Z", ":", "0x", "inf", "true", " 5",
    "2024-08-01", "07:32:00", "\\U", "\\ \n", "a",
  ].map { Array($0.utf8) }

  static func apply(to bytes: inout [UInt8], using random: inout SplitMix64) {
    let at = random.below(bytes.count + 1)
    switch random.below(8) {
    case 0, 1, 2: bytes.insert(contentsOf: fragments[random.below(fragments.count)], at: at)
    case 3 where at < bytes.count: bytes.remove(at: at)
    case 4 where at < bytes.count: bytes[at] = UInt8(truncatingIfNeeded: random.next())
    case 5 where at < bytes.count:
      bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(6)))
    default:
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      guard lines.count > 2 else { return }
      let line = random.below(lines.count - 1)
      switch random.below(3) {
      case 0: lines.insert(lines[line], at: line)
      case 1: lines.remove(at: line)
      default: lines.swapAt(line, line + 1)
      }
      bytes = Array(lines.joined(separator: [0x0A]))
    }
  }

  /// Whether toml++ might abort on `bytes`, erring on the side of yes. Its parser asserts, in
  /// release builds too, that a table header's name starts with a key character, a quote or
  /// `]`; that an array's next value does not start with `}` or a Unicode line break; that the
  /// time of a date-time starts with a digit; and, when it scans a value shaped like a date
  /// followed by a space and a digit, that the value goes on past that digit.
  static func mayAbortTOMLKit(_ bytes: [UInt8]) -> Bool {
    func byte(_ index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }
    func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    func endsValue(_ byte: UInt8) -> Bool {
      isBlank(byte) || byte == 0x0A || byte == 0x0D || byte >= 0x80
        || Array("]},#".utf8).contains(byte)
    }
    func startsKey(_ byte: UInt8) -> Bool {
      isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        || Array("-_\"']".utf8).contains(byte)
    }
    var lineStart = true
    var previous: UInt8 = 0x0A  // the last byte that is not a blank or a line break
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    for index in bytes.indices.dropFirst(start) {
      let current = bytes[index]
      let isUnicodeLineBreak =
        (current == 0xC2 && byte(index + 1) == 0x85)
        || (current == 0xE2 && byte(index + 1) == 0x80 && (0xA8...0xA9).contains(byte(index + 2)))
      let startsNoValue =
        current == UInt8(ascii: "}")
        && (lineStart || previous == UInt8(ascii: "[") || previous == UInt8(ascii: ","))
      if isUnicodeLineBreak || startsNoValue { return true }
      if lineStart && current == UInt8(ascii: "[") {
        var next = index + 1
        while isBlank(byte(next)) { next += 1 }
        if byte(next) == UInt8(ascii: "[") { next += 1 }
        while isBlank(byte(next)) { next += 1 }
        if !startsKey(byte(next)) { return true }
      }
      if current == UInt8(ascii: "T") || current == UInt8(ascii: "t"), index >= 10,
        byte(index - 3) == UInt8(ascii: "-"), byte(index - 6) == UInt8(ascii: "-"),
        !isDigit(byte(index + 1))
      {
        return true
      }
      if current == 0x20, index > 0, index + 2 < bytes.count, !endsValue(byte(index - 1)),
        isDigit(byte(index + 1)), endsValue(byte(index + 2))
      {
        return true
      }
      if current == 0x0A {
        lineStart = true
      } else if !isBlank(current) && current != 0x0D {
        lineStart = false
        previous = current
      }
    }
    return false
  }
}
