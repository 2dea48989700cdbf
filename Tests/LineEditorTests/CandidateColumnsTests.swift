import Testing

@testable import LineEditor

@Suite("Candidate columns")
struct CandidateColumnsTests {
  @Test("candidates run down the columns, as ls lists them")
  func columns() {
    let listing = CandidateColumns(candidates: ["a", "bb", "c", "dd", "e"], width: 12)
    #expect(listing.text == "a   c   e\nbb  dd\n")
  }

  @Test("a narrow terminal gets one candidate a line")
  func narrow() {
    let listing = CandidateColumns(candidates: ["register", "remove"], width: 5)
    #expect(listing.text == "register\nremove\n")
  }

  @Test("a very long list is cut short and counted")
  func long() {
    let many = (0..<250).map { "s\($0)" }
    let text = CandidateColumns(candidates: many, width: 80).text
    #expect(text.hasSuffix("… and 50 more\n"))
    #expect(!text.contains("s249"))
  }
}
