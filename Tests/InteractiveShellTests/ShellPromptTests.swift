import Testing

@testable import InteractiveShell

@Suite("Shell prompts")
struct ShellPromptTests {
  @Test("the registry's name, and a star inside a batch")
  func plain() {
    #expect(ShellPrompt(name: "demo", isInBatch: false, color: false).text == "demo> ")
    #expect(ShellPrompt(name: "demo", isInBatch: true, color: false).text == "demo*> ")
  }

  @Test("colour codes are marked invisible so that libedit measures the prompt right")
  func colored() {
    let text = ShellPrompt(name: "demo", isInBatch: false, color: true).text
    #expect(text == "\u{1}\u{1b}[1;36m\u{1}demo\u{1}\u{1b}[0m\u{1}> ")
  }
}
