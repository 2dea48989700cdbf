import Foundation
import RegistryModel
import TestSupport
import Testing

@testable import Exchange

/// Importing Excel workbooks: the real corpora saved by LibreOffice read as their CSV files
/// do, an office's workbook written by openpyxl (title rows, a two-row header, merged unit
/// cells, dates, zero-padded codes, rich text, sheets to pass over), and hostile workbooks.
@Suite struct XLSXImportTests {
  static let workbooks = Bundle.module.resourceURL!

  func registryWithKanwilUnits() -> Registry {
    var builder = RegistryBuilder(name: "test", units: [])
    builder.addUnit("kanwil/jawa-barat", name: "Kanwil Jawa Barat", level: .provincial)
    builder.addUnit("kanwil/banten", name: "Kanwil Banten", level: .provincial)
    var registry = builder.registry
    registry.units[try! UnitPath(validating: "kanwil/jawa-barat")]!.aliases = ["000001"]
    registry.units[try! UnitPath(validating: "kanwil/banten")]!.aliases = ["000002"]
    return registry
  }

  func plan(_ bytes: [UInt8], sheet: String? = nil, registry: Registry? = nil) -> ImportPlan {
    InventoryImporter().plan(
      services: InventoryDocument(name: "book.xlsx", bytes: bytes, format: .xlsx(sheet: sheet)),
      against: registry ?? RegistryBuilder(name: "test", units: ["pusat"]).registry)
  }

  @Test(arguments: try! RealCorpus.all().map(\.name))
  func aRealCorpusSavedAsAWorkbookImportsAsItsCSVDoes(_ name: String) throws {
    let folder = RealCorpus.folder.appendingPathComponent(name)
    let fromCSV = try RealCorpus(folder: folder)
    let fromWorkbook = try RealCorpus(folder: folder, fromWorkbook: true)
    // XML reads a line break written as CR LF as LF (XML 1.0 §2.11), as Excel does.
    var expected = fromCSV.registry
    for id in Array(expected.services.keys) {
      expected.services[id]!.description =
        expected.services[id]!.description?.replacingOccurrences(of: "\r\n", with: "\n")
    }
    #expect(fromWorkbook.registry == expected)
    #expect(fromWorkbook.ids == fromCSV.ids)
    #expect(
      fromWorkbook.warnings
        == fromCSV.warnings.map {
          $0.replacingOccurrences(of: "inventory.csv", with: "inventory.xlsx")
        })
  }

  @Test func anOfficesWorkbookIsReadAsItsPeopleMeanIt() throws {
    let bytes = Array(try Data(contentsOf: Self.workbooks.appendingPathComponent("kanwil.xlsx")))
    let plan = InventoryImporter().plan(
      services: InventoryDocument(name: "kanwil.xlsx", bytes: bytes, format: .xlsx(sheet: nil)),
      links: InventoryDocument(
        name: "kanwil.xlsx", bytes: bytes, format: .xlsx(sheet: "Integrasi")),
      against: registryWithKanwilUnits())
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    // The cover sheet has no name column, so the first sheet that does is read; its header is
    // on rows 4-5, under a title.
    #expect(
      plan.sources == [
        ImportSource(file: "kanwil.xlsx", sheet: "Aplikasi", headerLine: 4, skippedAbove: 1...2),
        ImportSource(file: "kanwil.xlsx", sheet: "Integrasi", headerLine: 1, skippedAbove: nil),
      ])
    #expect(
      plan.warnings.map(\.description) == [
        "kanwil.xlsx:1: warning: rows 1–2 above the header (row 4) left out"
      ])
    let fields = Dictionary(
      uniqueKeysWithValues: plan.columns.map { ($0.header, $0.field ?? "-") })
    #expect(
      fields == [
        "No": "-", "Nama Aplikasi": "name", "Kode Satker": "unit", "Status": "lifecycle",
        "Versi": "versions", "Tanggal Sunset": "deprecation_sunset",
        "Alasan Penghentian": "deprecation_reason", "Kontak Nama": "contact_name",
        "Kontak Email": "contact_email", "Dari": "from", "Ke": "to", "Rentang": "range",
      ])
    let services = Dictionary(uniqueKeysWithValues: plan.services.map { ($0.id.rawValue, $0) })
    #expect(
      services.keys.sorted() == [
        "aplikasi-haji", "e-surat", "simak-bmn", "simpeg-kanwil", "sistem-informasi-madrasah",
      ])
    // Unit codes 000001 and 000002 are zero-padded numbers, each merged over its rows.
    let units = services.mapValues(\.unit.description)
    #expect(
      units == [
        "simpeg-kanwil": "kanwil/jawa-barat", "e-surat": "kanwil/jawa-barat",
        "simak-bmn": "kanwil/jawa-barat", "aplikasi-haji": "kanwil/banten",
        "sistem-informasi-madrasah": "kanwil/banten",
      ])
    // Rich text reads as one string; a whole number as a version; a date cell as a date.
    #expect(services["simak-bmn"]?.name == "SIMAK BMN")
    #expect(services["e-surat"]?.versions.map(\.version.description) == ["3.0.0"])
    #expect(services["e-surat"]?.deprecation?.sunset?.description == "2024-12-31")
    #expect(services["e-surat"]?.lifecycle == .retired)
    #expect(
      services["e-surat"]?.contacts.map(\.description) == ["Siti Aminah <siti@kemenag.go.id>"])
    #expect(services["sistem-informasi-madrasah"]?.lifecycle == .planned)
    // The links come from their own sheet.
    #expect(services["simpeg-kanwil"]?.links.map(\.target.rawValue) == ["e-surat"])
    #expect(services["aplikasi-haji"]?.links.map(\.range.description) == [">=2.0.0"])
  }

  @Test func aNamedSheetIsReadOrTheSheetsAreListed() throws {
    let bytes = Array(try Data(contentsOf: Self.workbooks.appendingPathComponent("kanwil.xlsx")))
    let cover = plan(bytes, sheet: "petunjuk")
    #expect(
      cover.errors.map(\.description) == [
        "book.xlsx:1: error: no column for the services' names; expected a header such as "
          + "'name' or 'nama' (the columns are 'Petunjuk pengisian'), or choose one with "
          + "--map name=COLUMN"
      ])
    let missing = plan(bytes, sheet: "Data")
    #expect(
      missing.errors.map(\.description) == [
        "book.xlsx: error: the workbook has no sheet 'Data'; its sheets are 'Petunjuk', "
          + "'Aplikasi', 'Integrasi', 'Referensi'"
      ])
  }

  @Test func cellsReadAsTheSheetShowsThem() throws {
    let styles = """
      <styleSheet><numFmts><numFmt numFmtId="164" formatCode="[$-421]d mmmm yyyy"/>\
      <numFmt numFmtId="165" formatCode="000000"/></numFmts><cellXfs><xf numFmtId="0"/>\
      <xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs>\
      </styleSheet>
      """
    // Cells without references, an inline string, a formula's cached text, a boolean, an
    // error value, an escaped carriage return, float noise, and prefixed element names.
    let rows = """
      <row r="1"><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>unit</t></is>\
      </c><c t="inlineStr"><is><t>description</t></is></c><c t="inlineStr"><is><t>tags</t></is>\
      </c><c t="inlineStr"><is><t>deprecation_sunset</t></is></c><c t="inlineStr"><is>\
      <t>deprecation_reason</t></is></c></row>\
      <x:row r="3" xmlns:x="urn:x"><x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c r="B3" s="3">\
      <x:v>7</x:v></x:c><x:c r="C3" t="str"><x:f>A3&amp;"!"</x:f><x:v>Line_x000D_two</x:v>\
      </x:c><x:c r="D3" t="e"><x:v>#N/A</x:v></x:c><x:c r="E3" s="2"><x:v>45657</x:v></x:c>\
      <x:c r="F3" t="b"><x:v>1</x:v></x:c></x:row>\
      <row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4"><v>7</v></c>\
      <c r="C4"><v>0.30000000000000004</v></c><c r="E4" s="1"><v>45292.75</v></c>\
      <c r="F4" t="inlineStr"><is><t>merged</t></is></c></row>
      """
    var registry = RegistryBuilder(name: "test", units: []).registry
    for (path, alias) in [("pusat", "000007"), ("kanwil", "7")] {
      let unit = try UnitPath(validating: path)
      registry.units[unit] = Unit(path: unit, name: path, level: .central, aliases: [alias])
    }
    let bytes = try WorkbookParts(rows: rows, strings: ["SIMPEG", "E-Office"], styles: styles)
      .bytes()
    let result = plan(bytes, registry: registry)
    #expect(result.errors.isEmpty, "\(result.errors)")
    let services = Dictionary(uniqueKeysWithValues: result.services.map { ($0.id.rawValue, $0) })
    #expect(services["simpeg"]?.unit.description == "pusat")
    #expect(services["simpeg"]?.description == "Line\rtwo")
    #expect(services["simpeg"]?.tags == [])
    #expect(services["simpeg"]?.deprecation?.sunset?.description == "2024-12-31")
    #expect(services["simpeg"]?.deprecation?.reason == "TRUE")
    #expect(services["e-office"]?.unit.description == "kanwil")
    #expect(services["e-office"]?.description == "0.3")
    #expect(services["e-office"]?.deprecation?.sunset?.description == "2024-01-01")
  }

  @Test(
    arguments: [
      (0.0, false, nil), (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"),
      (60.0, false, "1900-02-29"), (61.0, false, "1900-03-01"), (45292.0, false, "2024-01-01"),
      (45657.99, false, "2024-12-31"), (0.0, true, "1904-01-01"), (43830.0, true, "2024-01-01"),
      (2_958_465.0, false, "9999-12-31"), (-1.0, false, nil),
    ] as [(Double, Bool, String?)])
  func excelDayNumbersAreTheDaysExcelShows(_ serial: Double, _ from1904: Bool, _ date: String?) {
    #expect(ExcelDate.isoDate(serial: serial, from1904: from1904) == date)
  }

  /// Against a plain day-by-day count from 1900-01-01, with Excel's 29 February 1900.
  @Test func excelDayNumbersMatchACountOfDays() {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let start = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1))!
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    for serial in stride(from: 1, through: 80_000, by: 7) where serial != 60 {
      let days = serial < 60 ? serial - 1 : serial - 2
      let expected = formatter.string(from: calendar.date(byAdding: .day, value: days, to: start)!)
      #expect(ExcelDate.isoDate(serial: Double(serial), from1904: false) == expected, "\(serial)")
    }
  }

  @Test(arguments: [
    ("dd/mm/yyyy", true), ("[$-421]d mmmm yyyy", true), ("hh:mm", false), ("0.00", false),
    ("\"day\" 0", false), ("[Red]0", false), ("yyyy", true), ("@", false),
  ])
  func dateFormatsAreTheOnesWithDaysOrYears(_ code: String, _ isDate: Bool) {
    #expect(ExcelDate.isDateFormat(code) == isDate)
  }

  @Test(arguments: [
    ("A1", 0, 1), ("b7", 1, 7), ("Z10", 25, 10), ("AA1", 26, 1), ("$C$3", 2, 3),
    ("XFD1048576", 16_383, 1_048_576),
  ])
  func cellReferencesReadAsExcelWritesThem(_ text: String, _ column: Int, _ row: Int) throws {
    let reference = try #require(CellReference(text))
    #expect(reference.column == column && reference.row == row)
  }

  @Test(arguments: ["", "A", "1", "A0", "XFE1", "A1048577", "1A", "A1B", "AAAA1"])
  func textThatIsNoCellIsRefused(_ text: String) {
    #expect(CellReference(text) == nil)
  }

  @Test(arguments: [
    ("a_x000D_b", "a\rb"), ("_x005F_x000D_", "_x000D_"), ("plain_text", "plain_text"),
    ("_x00e9_", "é"), ("_x+01A_", "_x+01A_"), ("_x00", "_x00"),
  ])
  func excelEscapesAreUndone(_ stored: String, _ shown: String) {
    #expect(ExcelText.unescaped(stored) == shown)
  }

  @Test(arguments: [
    (3.0, "3"), (0.30000000000000004, "0.3"), (2.5, "2.5"), (-12.0, "-12"), (1e20, "1e+20"),
  ])
  func numbersReadAsAGeneralCellShowsThem(_ number: Double, _ shown: String) {
    #expect(NumberStyles.general(number) == shown)
  }

  @Test func hostileWorkbooksAreRefusedWithWhatIsWrong() throws {
    func errors(_ bytes: [UInt8]) -> [String] { plan(bytes).errors.map(\.description) }
    #expect(
      errors(Array("name\nSIMPEG\n".utf8)) == [
        "book.xlsx: error: this is not an Excel workbook (.xlsx is a zip file); for a text "
          + "table use import csv"
      ])
    #expect(
      errors([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]) == [
        "book.xlsx: error: this is an Excel 97–2003 workbook (.xls) or a password-protected "
          + "one; save it as an Excel Workbook (.xlsx) without a password and try again"
      ])
    var broken = WorkbookParts(
      rows: "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", strings: ["name"])
    broken.parts["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row></sheetData>"
    let malformed = errors(try broken.bytes())
    #expect(malformed.count == 1)
    #expect(
      malformed.first?.hasPrefix(
        "book.xlsx: error: the workbook's part xl/worksheets/sheet1.xml is not well-formed XML "
          + "at line 1, column ") == true, "\(malformed)")
    var entities = WorkbookParts(rows: "", strings: [])
    entities.parts["xl/sharedStrings.xml"] = """
      <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>\
      <sst><si><t>&b;</t></si></sst>
      """
    #expect(
      errors(try entities.bytes()) == [
        "book.xlsx: error: the workbook's part xl/sharedStrings.xml is not well-formed XML at "
          + "line 1, column 22: it declares a document type, which workbooks never do; the file "
          + "is damaged"
      ])
    let badIndex = WorkbookParts(
      rows: "<row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c t=\"s\"><v>9</v></c></row>",
      strings: ["name"])
    #expect(
      errors(try badIndex.bytes()) == [
        "book.xlsx:2: error: sheet 'Sheet1' names shared string '9', which the workbook does "
          + "not have; the file is damaged"
      ])
    var noWorkbook = WorkbookParts(rows: "")
    noWorkbook.parts["xl/workbook.xml"] = nil
    #expect(
      errors(try noWorkbook.bytes()) == [
        "book.xlsx: error: the workbook has no xl/workbook.xml; it is not an Excel workbook"
      ])
    // A cell past Excel's last column, and a sheet that is empty.
    #expect(
      errors(try WorkbookParts(rows: "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>").bytes())
        == ["book.xlsx:1: error: sheet 'Sheet1' has a cell at 'XFE1', which is no cell"])
    #expect(
      errors(try WorkbookParts(rows: "").bytes()) == [
        "book.xlsx: error: the workbook's sheets are all empty"
      ])
  }

  @Test func damagedZipsAreRefusedWithWhatIsWrong() throws {
    let book = WorkbookParts(
      rows: """
        <row r="1"><c t="s"><v>0</v></c><c t="s"><v>2</v></c></row>\
        <row r="2"><c t="s"><v>1</v></c><c t="s"><v>3</v></c></row>
        """,
      strings: ["name", "SIMPEG", "unit", "pusat"])
    func errors(_ bytes: [UInt8]) -> [String] { plan(bytes).errors.map(\.description) }
    // Stored and deflated parts both read.
    for deflated in [true, false] {
      let result = plan(try book.bytes(deflated: deflated))
      #expect(result.errors.isEmpty, "\(result.errors)")
      #expect(result.added.map(\.rawValue) == ["simpeg"])
    }
    let stored = try book.bytes(deflated: false)
    // A changed byte inside a stored part fails its CRC.
    var flipped = stored
    let text = Array("SIMPEG".utf8)
    let at = try #require(
      (0..<(flipped.count - text.count)).first { Array(flipped[$0..<($0 + text.count)]) == text })
    flipped[at] = UInt8(ascii: "X")
    #expect(
      errors(flipped) == [
        "book.xlsx: error: the workbook's part xl/sharedStrings.xml cannot be unpacked; the file "
          + "is damaged"
      ])
    // A file cut short has no zip directory.
    #expect(
      errors(Array(stored.prefix(stored.count / 2))) == [
        "book.xlsx: error: the workbook's zip directory cannot be read; the file is damaged or "
          + "cut short"
      ])
    // A compression method other than stored or deflated.
    var method = stored
    var position = 0
    while position < method.count - 4 {
      if method[position..<(position + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) {
        method[position + 10] = 14
      }
      position += 1
    }
    #expect(
      errors(method).first?.hasSuffix(
        "is compressed with method 14, which svcreg does not read; save the workbook again "
          + "from Excel or LibreOffice") == true, "\(errors(method))")
    // Deflated data cut inside a part.
    var truncated = try book.bytes()
    let name = Array("xl/sharedStrings.xml".utf8)
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    func isRecordOfSharedStrings(_ at: Int) -> Bool {
      truncated[at..<(at + 4)].elementsEqual(signature)
        && truncated[(at + 46)..<(at + 46 + name.count)].elementsEqual(name)
    }
    let sizes = try #require(
      (0..<(truncated.count - 46 - name.count)).first(where: isRecordOfSharedStrings))
    // The shared strings' compressed size, in their central directory record, made 2 bytes.
    truncated[sizes + 20] = 2
    for offset in 21...23 { truncated[sizes + offset] = 0 }
    #expect(
      errors(truncated).first?.hasSuffix("cannot be unpacked; the file is damaged") == true,
      "\(errors(truncated))")
  }

  /// Found by the xlsx fuzzer in ZIPFoundation, which svcreg read zips with at first: a local
  /// header offset past the end of the file crashed its in-memory reader.
  @Test func aZipWhoseDirectoryPointsPastItsEndIsRefused() throws {
    let bytes = Array(
      try Data(
        contentsOf: Self.workbooks.appendingPathComponent(
          "found-directory-offset-past-end.xlsx")))
    let errors = plan(bytes).errors.map(\.description)
    #expect(errors.count == 1)
    #expect(errors.first?.contains("the file is damaged") == true, "\(errors)")
  }

  /// Found by the xlsx fuzzer: Foundation's XML parser, which svcreg used at first, crashed on
  /// an element name that is not UTF-8 (`<i\u{E6}s>`); such a part is refused.
  @Test func aSheetThatIsNotUTF8IsRefusedBeforeItIsParsed() throws {
    let bytes = Array(
      try Data(
        contentsOf: Self.workbooks.appendingPathComponent("found-sheet-name-not-utf8.xml")))
    let sheet = XLSXWorkbook.Sheet(name: "Sheet1", part: "sheet1.xml", hidden: false)
    #expect(throws: TableReadError.self) {
      try SheetReader().table(fromXML: bytes, sheet: sheet)
    }
    do {
      _ = try SheetReader().table(fromXML: bytes, sheet: sheet)
    } catch {
      #expect(
        error.message.hasPrefix(
          "the workbook's part sheet1.xml is not well-formed XML at line 1, column ")
          && error.message.hasSuffix(": it is not UTF-8 text; the file is damaged"),
        "\(error.message)")
    }
  }

  /// Parts that are not well-formed are errors with their place, never a crash or a partial
  /// read; the first two were found by the xlsx fuzzer crashing Foundation's parser.
  @Test(
    arguments: [
      ("<?x.les?>\n<a/>", nil),
      ("<?x.les?>\ng\u{1}<?x.les\"<work\"?>\n<worksherg", "line 2, column 2: it holds a control"),
      ("<a><b></a>", "line 1, column 7: a closing tag </a> does not match"),
      ("<a>", "line 1, column 4: it ends before <a> closes"),
      ("<a>&bogus;</a>", "line 1, column 4: it names an entity '&bogus;' it never declares"),
      ("<a x='1' x='2'/>", "line 1, column 10: an attribute is given twice"),
      ("<a x=1/>", "line 1, column 6: an attribute's value is not quoted"),
      ("<a>&#0;</a>", "line 1, column 4: a character reference '&#0;' names no allowed"),
      ("<a>&#x41;&#66;&lt;<![CDATA[<c>]]><!-- no --></a>", nil),
      ("<a/><b/>", "line 1, column 5: it has a second root element"),
      ("", "line 1, column 1: it has no elements"),
      ("<a><!-- open", "line 1, column 8: a comment never ends"),
    ] as [(String, String?)])
  func xmlThatIsNotWellFormedIsAnErrorWithItsPlace(_ text: String, _ expected: String?) {
    var events: [String] = []
    do {
      try XMLEvents(part: "p.xml", bytes: Array(text.utf8)).read { event in
        switch event {
        case .start(let name, _): events.append("<\(name)>")
        case .text(let text): events.append(text)
        case .end(let name): events.append("</\(name)>")
        }
      }
      #expect(expected == nil, "\(events)")
      if text.hasPrefix("<a>&#x41;") { #expect(events == ["<a>", "AB<<c>", "</a>"]) }
    } catch {
      #expect(
        error.message.hasPrefix("the workbook's part p.xml is not well-formed XML at ")
          && error.message.contains(expected ?? "no error expected"), "\(error.message)")
    }
  }

  @Test func aPartThatUnpacksPastTheLimitIsRefusedUnread() throws {
    let big = String(repeating: "<row/>", count: 20_000)
    let archive = try XLSXArchive(try WorkbookParts(rows: big).bytes(), partLimit: 100_000)
    #expect(throws: TableReadError.self) { try archive.part("xl/worksheets/sheet1.xml") }
    do {
      _ = try archive.part("xl/worksheets/sheet1.xml")
    } catch {
      #expect(
        error.message
          == "the workbook's part xl/worksheets/sheet1.xml unpacks to more than 100000 bytes; "
          + "it is not an inventory sheet")
    }
    #expect(try archive.part("xl/workbook.xml") != nil)
  }

  @Test func aCSVFileWithATitleAboveItsHeaderIsRead() throws {
    let text = """
      DAFTAR APLIKASI DINAS KOMINFO;;
      Keadaan Maret 2024;;

      Nama Aplikasi;Satker;Status
      SIMPEG;pusat;aktif

      """
    let plan = InventoryImporter().plan(
      services: InventoryDocument(name: "opd.csv", bytes: Array(text.utf8)),
      against: RegistryBuilder(name: "test", units: ["pusat"]).registry)
    #expect(plan.errors.isEmpty, "\(plan.errors)")
    #expect(plan.added.map(\.rawValue) == ["simpeg"])
    #expect(
      plan.warnings.map(\.description) == [
        "opd.csv:1: warning: lines 1–2 above the header (line 4) left out"
      ])
  }

  @Test func aWorkbookGivenToTheCSVReaderIsNamed() throws {
    let bytes = try WorkbookParts(rows: "").bytes()
    let plan = InventoryImporter().plan(
      services: InventoryDocument(name: "book.xlsx", bytes: bytes),
      against: RegistryBuilder(name: "test", units: ["pusat"]).registry)
    #expect(
      plan.errors.map(\.description) == [
        "book.xlsx: error: this is an Excel workbook, not CSV text; use import xlsx"
      ])
  }
}
