import Testing

@testable import LineEditor

@Suite("Entered lines")
struct LineTrimmingTests {
  @Test("the newline and the space completion leaves are trimmed")
  func trimmed() {
    #expect(LineEditor.trimmed("show siakad \n") == "show siakad")
    #expect(LineEditor.trimmed("find Akademik — UIN\t \n") == "find Akademik — UIN")
    #expect(LineEditor.trimmed("  list") == "  list")
    #expect(LineEditor.trimmed("") == "")
  }
}
