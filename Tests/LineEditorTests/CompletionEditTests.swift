import Testing

@testable import LineEditor

@Suite("Completion edits")
struct CompletionEditTests {
  @Test("the longest common prefix keeps whole UTF-8 characters")
  func longestCommonPrefix() {
    #expect(CompletionEdit.longestCommonPrefix([]) == "")
    #expect(CompletionEdit.longestCommonPrefix(["register"]) == "register")
    #expect(CompletionEdit.longestCommonPrefix(["register", "remove", "rdeps"]) == "r")
    #expect(CompletionEdit.longestCommonPrefix(["Akademik—a", "Akademik—b"]) == "Akademik—")
    // "é" and "è" share their first UTF-8 byte; a byte-wise prefix would split it.
    #expect(CompletionEdit.longestCommonPrefix(["café", "cafè"]) == "caf")
    #expect(CompletionEdit.longestCommonPrefix(["👩‍💻a", "👩‍💻b"]) == "👩‍💻")
    #expect(CompletionEdit.longestCommonPrefix(["👩‍💻", "👩"]) == "")
  }

  @Test("a single candidate is completed with a space after it")
  func singleCandidate() {
    let edit = CompletionEdit(CompletionResult(word: "reg", candidates: ["register"]))
    #expect(edit.scalarsToDelete == 0)
    #expect(edit.insertion == "ister ")
    #expect(edit.candidatesToList.isEmpty)
  }

  @Test("no space after a folder, nor before a space that is already there")
  func noDoubledSpace() {
    let folder = CompletionEdit(CompletionResult(word: "Sou", candidates: ["Sources/"]))
    #expect(folder.insertion == "rces/")
    let spaced = CompletionEdit(
      CompletionResult(word: "siak", candidates: ["siakad"]), textAfterCursor: " --json")
    #expect(spaced.insertion == "ad")
  }

  @Test("ambiguous words get their common extension, then a listing")
  func ambiguous() {
    let extended = CompletionEdit(
      CompletionResult(word: "si", candidates: ["siakad@1.2.0", "siakad@2.0.0"]))
    #expect(extended.insertion == "akad@")
    #expect(extended.candidatesToList.isEmpty)
    let listed = CompletionEdit(
      CompletionResult(word: "siakad@", candidates: ["siakad@1.2.0", "siakad@2.0.0"]))
    #expect(listed.insertion.isEmpty)
    #expect(listed.candidatesToList == ["siakad@1.2.0", "siakad@2.0.0"])
  }

  @Test("a multi-byte extension is inserted whole")
  func utf8Extension() {
    let edit = CompletionEdit(
      CompletionResult(word: "Akad", candidates: ["Akademik—Jakarta", "Akademik—Malang"]))
    #expect(edit.insertion == "emik—")
  }

  @Test("candidates spelled differently replace the word, counted in Unicode scalars")
  func replacement() {
    let edit = CompletionEdit(CompletionResult(word: "SIAKÁ", candidates: ["siakád"]))
    #expect(edit.scalarsToDelete == 5)
    #expect(edit.insertion == "siakád ")
  }

  @Test("nothing to offer is an empty edit")
  func nothing() {
    #expect(CompletionEdit(CompletionResult.none).isEmpty)
    #expect(CompletionEdit(CompletionResult(word: "zz", candidates: [])).isEmpty)
  }
}
