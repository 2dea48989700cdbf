import InteractiveShell
import Testing

@Suite("Where history is kept")
struct DefaultHistoryFileTests {
  @Test("SVCREG_HISTORY comes first")
  func explicit() {
    let environment = [
      "SVCREG_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/state", "HOME": "/home/admin",
    ]
    #expect(InteractiveShell.defaultHistoryFile(environment: environment) == "/tmp/h")
  }

  @Test("then the XDG state folder")
  func xdg() {
    let environment = ["XDG_STATE_HOME": "/state/", "HOME": "/home/admin"]
    #expect(
      InteractiveShell.defaultHistoryFile(environment: environment) == "/state/svcreg/history")
  }

  @Test("then the home folder; empty or relative settings count as unset")
  func home() {
    let environment = ["SVCREG_HISTORY": "", "XDG_STATE_HOME": "state", "HOME": "/home/admin"]
    #expect(
      InteractiveShell.defaultHistoryFile(environment: environment) == "/home/admin/.svcreg_history"
    )
  }

  @Test("no history file without any of them")
  func none() {
    #expect(InteractiveShell.defaultHistoryFile(environment: [:]) == nil)
  }
}
