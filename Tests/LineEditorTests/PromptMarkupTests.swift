import Testing

@testable import LineEditor

@Suite("Prompt markup")
struct PromptMarkupTests {
  @Test("a plain prompt is left alone")
  func plain() {
    #expect(PromptMarkup(prompt: "demo> ").normalized == "demo> ")
  }

  @Test("adjacent invisible parts are merged, because libedit draws each with the next character")
  func merged() {
    let prompt =
      LineEditor.invisible("<b>") + "demo" + LineEditor.invisible("</b>")
      + LineEditor.invisible("<y>") + "*" + LineEditor.invisible("</y>") + "> "
    #expect(
      PromptMarkup(prompt: prompt).normalized
        == "\u{1}<b>\u{1}demo\u{1}</b><y>\u{1}*\u{1}</y>\u{1}> ")
  }

  @Test("an invisible part with nothing visible after it is dropped")
  func trailing() {
    #expect(PromptMarkup(prompt: "> " + LineEditor.invisible("</b>")).normalized == "> ")
  }
}
