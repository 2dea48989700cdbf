import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive shell as a person meets it: the built `svcreg` on a real pseudo-terminal.
///
/// Each test waits for the prompt before typing, as a person would: keys typed while a command
/// runs reach the terminal in cooked mode, where ^C, ^R and ^D mean something else.
@Suite("Interactive shell on a terminal", .serialized)
struct ShellTerminalTests {
  private static let up = "\u{1b}[A"
  private static let left = "\u{1b}[D"

  @Test("the prompt names the registry, and TAB completes a command name")
  func completesCommandName() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("reg\t")
    try shell.waitFor("register ")
    try shell.send("simak --name 'Sistem Manajemen Akademik' --unit pusat\r")
    try shell.waitFor("registered simak in pusat")
    try shell.waitFor("demo> ")
  }

  @Test("TAB completes a service id")
  func completesServiceID() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("show siak\t")
    try shell.waitFor("siakad ")
    try shell.send("\r")
    try shell.waitFor("Sistem Informasi Akademik")
  }

  @Test("TAB lists the versions after @, then completes the one chosen")
  func completesVersion() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("show siakad@\t")
    try shell.waitFor("siakad@1.2.0  siakad@2.0.0\n")
    try shell.waitFor("demo> ")
    try shell.send("1.\t")
    try shell.waitFor("siakad@1.2.0 ")
    try shell.send("\r")
    try shell.waitFor("siakad@1.2.0  Sistem Informasi Akademik")
  }

  @Test("history survives a restart; quit stays out of it")
  func historyPersists() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let first = try fixture.startShell()
    try first.send("show simpeg\r")
    try first.waitFor("Sistem Informasi Kepegawaian")
    try first.waitFor("demo> ")
    try first.send("quit\r")
    #expect(try first.waitForExit() == 0)

    let history = try String(contentsOfFile: fixture.historyFile, encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_\n"))
    #expect(!history.contains("quit"))

    let second = try fixture.startShell()
    try second.send(Self.up)
    try second.waitFor("show simpeg")
    try second.send("\r")
    try second.waitFor("Sistem Informasi Kepegawaian")
  }

  @Test("without SVCREG_HISTORY, history goes to a folder made under XDG_STATE_HOME")
  func historyUnderStateHome() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let state = fixture.folder.file("state")
    let shell = try fixture.startShell(["SVCREG_HISTORY": "", "XDG_STATE_HOME": state])
    try shell.send("show simpeg\r")
    try shell.waitFor("Sistem Informasi Kepegawaian")
    try shell.waitFor("demo> ")
    try shell.send("\u{4}")
    #expect(try shell.waitForExit() == 0)
    let history = try String(contentsOfFile: "\(state)/svcreg/history", encoding: .utf8)
    #expect(history.contains("simpeg"))
  }

  @Test("Ctrl-R finds an earlier command")
  func incrementalSearch() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("show siakad\r")
    try shell.waitFor("Sistem Informasi Akademik")
    try shell.waitFor("demo> ")
    try shell.send("show simpeg\r")
    try shell.waitFor("Sistem Informasi Kepegawaian")
    try shell.waitFor("demo> ")
    try shell.send("\u{12}siak")
    try shell.waitFor("show siakad")
    try shell.send("\r")
    try shell.waitFor("Sistem Informasi Akademik")
  }

  @Test("Ctrl-C abandons a half-typed line, and the shell answers the next command")
  func controlCAbandonsLine() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("show sia")
    try shell.waitFor("show sia")
    try shell.send("\u{3}")
    try shell.waitFor("^C\n")
    let between = try shell.waitFor("demo> ")
    #expect(!between.contains("error"))
    try shell.send("show simpeg\r")
    try shell.waitFor("Sistem Informasi Kepegawaian")
    #expect(!shell.output.contains("error"))
  }

  @Test("SIGINT from outside the terminal does not end the shell")
  func interruptSignal() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    // Whether the shell redraws its prompt depends on when the signal lands; that it lives on
    // and answers does not: the signal is handled before the keys below are read.
    kill(shell.pid, SIGINT)
    try shell.send("show simpeg\r")
    try shell.waitFor("Sistem Informasi Kepegawaian")
  }

  @Test("Ctrl-C during a Graphviz export ends dot and brings the prompt back")
  func controlCEndsGraphviz() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    // A dot that never finishes on its own, and says who it is.
    let bin = fixture.folder.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let pidFile = fixture.folder.file("dot.pid")
    try "#!/bin/sh\necho $$ > '\(pidFile)'\nexec sleep 60\n".write(
      toFile: "\(bin)/dot", atomically: true, encoding: .utf8)
    chmod("\(bin)/dot", 0o755)
    let shell = try fixture.startShell(["PATH": "\(bin):/usr/bin:/bin"])
    try shell.send("export dot -o \(fixture.folder.file("graph.svg"))\r")
    let deadline = ContinuousClock.now + .seconds(10)
    while !FileManager.default.fileExists(atPath: pidFile), ContinuousClock.now < deadline {
      usleep(20_000)
    }
    let started = ContinuousClock.now
    try shell.send("\u{3}")
    try shell.waitFor("interrupted", timeout: .seconds(5))
    try shell.waitFor("demo> ", timeout: .seconds(5))
    #expect(ContinuousClock.now - started < .seconds(2))
    let dot = pid_t(
      try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(
        in: .whitespacesAndNewlines))!
    #expect(kill(dot, 0) != 0, "dot is still running")
    #expect(!FileManager.default.fileExists(atPath: fixture.folder.file("graph.svg")))
  }

  @Test("a history file that is a FIFO is not read, so the shell starts")
  func historyFIFODoesNotHang() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let fifo = fixture.folder.file("history.fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    let shell = try fixture.startShell(["SVCREG_HISTORY": fifo])
    try shell.send("\u{4}")
    #expect(try shell.waitForExit() == 0)
  }

  @Test("Ctrl-D with a batch open warns once, and leaves when pressed again")
  func controlDInsideABatchAsksFirst() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("begin\r")
    try shell.waitFor("demo*> ")
    try shell.send("\u{4}")
    try shell.waitFor("press Ctrl-D again to drop it")
    // A key typed before the editor is back at its prompt reaches the terminal's own line
    // discipline instead; a person sees the prompt first.
    usleep(300_000)
    try shell.send("\u{4}")
    #expect(try shell.waitForExit() == 0)
  }

  @Test("edit opens the editor on the terminal and offers it again when the file does not parse")
  func editOffersTheEditorAgain() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    // The first save breaks the file; the second, on the same text, repairs it.
    let editor = fixture.folder.file("editor.sh")
    try fixture.folder.write(
      """
      #!/bin/sh
      if [ -f "$0.done" ]; then sed -i 's/zombie/active/' "$1"
      else printf 'name = "Akademik"\nlifecycle = "zombie"\n' > "$1"; touch "$0.done"; fi

      """, to: "editor.sh")
    chmod(editor, 0o755)
    let shell = try fixture.startShell(["EDITOR": editor, "VISUAL": ""])
    try shell.send("edit siakad\r")
    try shell.waitFor("siakad.toml:2:13: error: invalid lifecycle 'zombie'")
    try shell.waitFor("edit it again? [Y/n] ")
    try shell.send("\r")
    try shell.waitFor("edited siakad")
    try shell.waitFor("demo> ")
    try shell.send("show siakad\r")
    try shell.waitFor("Akademik")
    try shell.send("quit\r")
    #expect(try shell.waitForExit() == 0)
  }

  @Test("Ctrl-D on an empty line leaves with status 0")
  func controlDLeaves() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("\u{4}")
    #expect(try shell.waitForExit() == 0)
  }

  @Test("editing a UTF-8 line moves over an em dash as one character")
  func editsUTF8() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("find Akademik — UIN")
    try shell.waitFor("— UIN")
    try shell.send(String(repeating: Self.left, count: 5) + "Terpadu \r")
    try shell.waitFor("nothing matches 'Akademik Terpadu — UIN'")
  }

  @Test("a line ending in a backslash continues; the prompt shows an open batch")
  func continuationAndBatch() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("begin\r")
    try shell.waitFor("demo*> ")
    try shell.send("show \\\r")
    try shell.waitFor("...> ")
    try shell.send("simpeg\r")
    try shell.waitFor("Sistem Informasi Kepegawaian")
    try shell.waitFor("demo*> ")
    try shell.send("rollback\r")
    try shell.waitFor("demo> ")
  }

  @Test("the prompt is coloured on a capable terminal")
  func colorOnCapableTerminal() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell(["TERM": "xterm"])
    #expect(shell.rawOutput.contains("\u{1b}[1;36mdemo\u{1b}[0m> "))
  }

  @Test(
    "no colour codes with TERM=dumb or NO_COLOR",
    arguments: [["TERM": "dumb"], ["TERM": "xterm", "NO_COLOR": "1"]])
  func noColor(environment: [String: String]) throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell(environment)
    try shell.send("show siakad\r")
    try shell.waitFor("Sistem Informasi Akademik")
    try shell.waitFor("demo> ")
    let raw = shell.rawOutput
    #expect(raw.range(of: "\u{1b}\\[[0-9;]*m", options: .regularExpression) == nil)
    if environment["TERM"] == "dumb" { #expect(!raw.contains("\u{1b}")) }
  }
}
