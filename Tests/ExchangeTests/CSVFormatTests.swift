import RegistryModel
import TestSupport
import Testing

@testable import Exchange

/// RFC 4180 as spreadsheets write it, formula neutralising, and the list encoding inside cells.
@Suite struct CSVFormatTests {
  func read(_ text: String) throws -> InventoryTable {
    try CSVReader.read(Array(text.utf8))
  }

  @Test func readsQuotesEmbeddedLineBreaksCRLFAndABOM() throws {
    let text =
      "\u{FEFF}id,note\r\na,\"He said \"\"hi\"\",\r\nthen left\"\r\nb,plain\r\n\r\nc,\"\"\r\n"
    let table = try read(text)
    #expect(table.header == ["id", "note"])
    #expect(
      table.records.map(\.cells) == [
        ["a", "He said \"hi\",\r\nthen left"], ["b", "plain"], ["c", ""],
      ])
    #expect(table.records.map(\.line) == [2, 4, 6])
  }

  @Test func readsLFAndCROnlyLineEndsAndALastLineWithoutOne() throws {
    #expect(try read("a,b\nc,d\re,f").records.map(\.cells) == [["c", "d"], ["e", "f"]])
    #expect(try read("a,b\nc,").records.map(\.cells) == [["c", ""]])
  }

  @Test func takesASemicolonOrTabSeparatorWhenTheHeaderHasNoComma() throws {
    #expect(
      try read("nama;satker\nSIAKAD, baru;pusat\n").records[0].cells == ["SIAKAD, baru", "pusat"])
    #expect(try read("nama\tsatker\nA;B\tpusat\n").records[0].cells == ["A;B", "pusat"])
  }

  @Test func refusesAnUnclosedQuoteAndTextThatIsNotUTF8() {
    #expect(throws: TableReadError.self) { try read("a,b\nx,\"open\nstill open\n") }
    do {
      _ = try CSVReader.read(Array("a,b\nx,\"open\nstill open\n".utf8))
    } catch {
      #expect(error.line == 2)
    }
    do {
      _ = try CSVReader.read(Array("a,b\nok,1\n".utf8) + [0x6E, 0xE9, 0x0A])
      Issue.record("Latin-1 bytes were accepted")
    } catch {
      #expect(error.line == 3)
      #expect(error.message.contains("UTF-8"))
    }
  }

  @Test func formulaStartsAreNeutralisedAndRestoredExactly() throws {
    let values = [
      "=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''+x", "'plain",
      "plain", "", "'", "=", "a=b",
    ]
    var out = ByteWriter()
    CSVCell.writeRecord(values, to: &out)
    let cells = try CSVReader.read(out.bytes).header
    #expect(cells[0] == "'=cmd|' /C calc'!A0")
    #expect(cells[6] == "''=x")
    #expect(cells[8] == "'plain")
    #expect(cells.map(CSVCell.restored) == values)
  }

  @Test func anyTextSurvivesACellAndTheListEncoding() throws {
    var random = SplitMix64(seed: 42)
    // Whitespace beyond ASCII too: a reader trims every character Swift calls whitespace.
    let alphabet = Array("ab =+-@'\"\t\r\n,;:%é日\\{}<>\u{0B}\u{0C}\u{85}\u{A0}\u{2028}")
    for _ in 0..<500 {
      let value = String((0..<random.below(12)).map { _ in alphabet[random.below(alphabet.count)] })
      var out = ByteWriter()
      CSVCell.writeRecord([value, "x"], to: &out)
      let cells = try CSVReader.read(out.bytes).header
      #expect(cells.map(CSVCell.restored) == [value, "x"], "\(value.debugDescription)")
      let items = [value, "b"].filter { !$0.isEmpty }
      #expect(ListCoding.items(of: ListCoding.joined(items)) == items, "\(value.debugDescription)")
    }
  }

  /// Found by the CSV fuzzer (scripts/fuzz/corpus/csv/found-tag-vertical-tab): a tag that
  /// began with a vertical tab was exported raw and trimmed on the way back in.
  @Test(arguments: ["\u{0B}a", "a\u{0C}", "\u{A0}Biro\u{A0}", "\u{2028}x", "y\u{85}"])
  func anItemWithWhitespaceAtAnEndComesBack(_ item: String) {
    #expect(ListCoding.items(of: ListCoding.joined([item, "b"])) == [item, "b"])
  }

  @Test func personTypedPercentSignsStayAsTheyAre() {
    #expect(ListCoding.decoded("50% selesai") == "50% selesai")
    #expect(ListCoding.decoded("a%3Bb%25") == "a;b%")
    #expect(ListCoding.items(of: "Akademik, Layanan ; ") == ["Akademik", "Layanan"])
  }
}
