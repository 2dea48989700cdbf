import Foundation
import InteractiveShell
import TestSupport
import Testing

/// Long output in the shell: the pager, `> FILE`, `>> FILE` and `| COMMAND`, on a real
/// pseudo-terminal.
@Suite("Output that fits", .serialized)
struct ShellOutputTests {
  @Test("> writes the output to a file, >> appends, and neither shows it")
  func redirectsToAFile() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    let file = fixture.folder.file("out.txt")
    try shell.send("list > '\(file)'\r")
    try shell.waitFor("demo> ")
    let listed = try String(contentsOfFile: file, encoding: .utf8)
    #expect(listed.contains("siakad") && listed.contains("simpeg"))
    try shell.send("versions siakad >> '\(file)'\r")
    try shell.waitFor("demo> ")
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.hasPrefix(listed) && text.count > listed.count)
    // Written for a file: no colour codes, whatever the terminal.
    #expect(!text.contains("\u{1b}["))
    try shell.send("list > '\(file)'\r")
    try shell.waitFor("demo> ")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == listed)
    try shell.send("quit\r")
    #expect(try shell.waitForExit() == 0)
  }

  @Test("| sends the output to a command of the system shell")
  func pipesToACommand() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("list | grep -c Sistem\r")
    try shell.waitFor("\n2\n")
    try shell.waitFor("demo> ")
    // A reader that stops early (head) ends the output quietly; the shell goes on.
    try shell.send("help | head -2\r")
    try shell.waitFor("demo> ")
    try shell.send("stats\r")
    try shell.waitFor("services  2")
  }

  @Test("a quoted > or | is a word, and > needs a file")
  func quotedOperatorsAreWords() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let shell = try fixture.startShell()
    try shell.send("find '|'\r")
    try shell.waitFor("nothing matches '|'")
    try shell.send("list >\r")
    try shell.waitFor("'>' needs one file name after it")
    try shell.waitFor("demo> ")
  }

  @Test("output taller than the screen goes through the pager; short output does not")
  func pagesLongOutput() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let paged = fixture.folder.file("paged.txt")
    let shell = try fixture.startShell(
      ["SVCREG_PAGER": "cat >> '\(paged)'; echo PAGER-DONE"], rows: 12)
    try shell.send("help\r")
    try shell.waitFor("PAGER-DONE")
    try shell.waitFor("demo> ")
    let text = try String(contentsOfFile: paged, encoding: .utf8)
    #expect(text.contains("list the commands, or explain one"))
    #expect(text.split(separator: "\n").count > 12)
    try shell.send("stats\r")
    try shell.waitFor("services  2")
    try shell.waitFor("demo> ")
    #expect(try String(contentsOfFile: paged, encoding: .utf8) == text)
  }

  @Test("--no-pager prints long output straight to the screen, and 'pager on|off' switches")
  func noPager() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let paged = fixture.folder.file("paged.txt")
    let shell = try fixture.startShell(
      ["SVCREG_PAGER": "cat > '\(paged)'"], arguments: ["--no-pager"], rows: 12)
    try shell.send("help\r")
    try shell.waitFor("list the commands, or explain one")
    try shell.waitFor("demo> ")
    #expect(!FileManager.default.fileExists(atPath: paged))
    // 'pager on' turns it back on in the shell, and 'pager off' off again.
    try shell.send("pager on\r")
    try shell.waitFor("pager on: output taller than the screen is paged")
    try shell.waitFor("demo> ")
    try shell.send("help\r")
    try shell.waitFor("demo> ")
    #expect(FileManager.default.fileExists(atPath: paged))
    try FileManager.default.removeItem(atPath: paged)
    try shell.send("pager off\r")
    try shell.waitFor("pager off")
    try shell.waitFor("demo> ")
    try shell.send("help\r")
    try shell.waitFor("list the commands, or explain one")
    try shell.waitFor("demo> ")
    #expect(!FileManager.default.fileExists(atPath: paged))
  }

  @Test("the pager is $SVCREG_PAGER (empty: none), else $PAGER, else less -FRX")
  func choosesThePager() {
    #expect(
      InteractiveShell.pagerCommand(environment: ["SVCREG_PAGER": "more", "PAGER": "x"]) == "more")
    #expect(InteractiveShell.pagerCommand(environment: ["SVCREG_PAGER": "", "PAGER": "x"]) == nil)
    #expect(InteractiveShell.pagerCommand(environment: ["PAGER": "most"]) == "most")
    let hasLess = ["/usr/bin/less", "/bin/less"].contains {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    #expect(
      InteractiveShell.pagerCommand(environment: ["PATH": "/usr/bin:/bin"])
        == (hasLess ? "less -FRX" : nil))
    #expect(InteractiveShell.pagerCommand(environment: ["PATH": "/nonexistent"]) == nil)
  }

  @Test("at 80 columns no line of list, check or dups is longer than 80; --wide keeps lines whole")
  func fitsTheTerminalsWidth() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let long = String(repeating: "Sistem Informasi Manajemen Terpadu ", count: 4)
    let setUp = try ChildProcess.svcreg(
      ["--registry", fixture.registry],
      input: """
        register portal-layanan-terpadu-satu-pintu --name "\(long)" --unit pusat --url https://p.example.org
        register portal-layanan-terpadu-dua-pintu --name "\(long)" --unit pusat --url https://p.example.org
        link siakad portal-layanan-terpadu-satu-pintu --range ^9

        """)
    #expect(setUp.status == 0, "\(setUp.errorOutput)")
    let shell = try fixture.startShell(columns: 80)
    var screen = ""
    for command in ["list", "check", "dups"] {
      try shell.send("\(command)\r")
      screen += try shell.waitFor("demo> ")
    }
    #expect(screen.contains("Sistem Informasi …"))
    for line in screen.split(separator: "\n") {
      #expect(line.count <= 80, "\(line.count): \(line)")
    }
    let wide = try fixture.startShell(arguments: ["--wide"], columns: 80)
    try wide.send("list\r")
    try wide.waitFor(long.trimmingCharacters(in: .whitespaces))
  }
}
