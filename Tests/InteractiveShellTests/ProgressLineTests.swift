import Foundation
import TestSupport
import Testing

@testable import CommandLanguage

/// The progress line: on a terminal, once a command has run for `SVCREG_PROGRESS_DELAY`
/// seconds (1 unless set), it says what the command does on standard error and is wiped
/// before the output; never in a pipe, and never with `--json`.
@Suite("Progress on standard error")
struct ProgressLineTests {
  @Test("a command on a terminal shows what it does, then wipes the line before its output")
  func shownAndWipedOnATerminal() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let terminal = try PseudoTerminal(
      executable: BuiltProducts.svcreg, arguments: ["--registry", fixture.registry, "dups"],
      environment: ["SVCREG_PROGRESS_DELAY": "0", "HOME": fixture.folder.path],
      columns: 120, rows: 40)
    #expect(try terminal.waitForExit() == 0)
    let raw = terminal.rawOutput
    #expect(raw.contains("\r\u{1B}[Kreading the registry · 0 s"), "\(raw.debugDescription)")
    #expect(raw.contains("\r\u{1B}[Kdups · 0 s"), "\(raw.debugDescription)")
    // Wiped before the answer: the line ends in an erase, then the output follows.
    let shown = try #require(raw.range(of: "dups · 0 s"))
    #expect(raw[shown.upperBound...].hasPrefix("\r\u{1B}[K"), "\(raw.debugDescription)")
  }

  @Test("nothing in a pipe, and nothing with --json on a terminal")
  func neverInPipesOrJSON() throws {
    let fixture = try ShellFixture()
    defer { fixture.remove() }
    let piped = try ChildProcess.svcreg(
      ["--registry", fixture.registry, "dups"], environment: ["SVCREG_PROGRESS_DELAY": "0"])
    #expect(piped.status == 0)
    #expect(!piped.errorOutput.contains("·"), "\(piped.errorOutput)")
    let terminal = try PseudoTerminal(
      executable: BuiltProducts.svcreg,
      arguments: ["--registry", fixture.registry, "--json", "list"],
      environment: ["SVCREG_PROGRESS_DELAY": "0", "HOME": fixture.folder.path],
      columns: 120, rows: 40)
    #expect(try terminal.waitForExit() == 0)
    #expect(!terminal.rawOutput.contains("·"), "\(terminal.rawOutput.debugDescription)")
  }

  @Test("the line waits for its delay: a quick command never shows one")
  func quickCommandsShowNothing() throws {
    let line = ProgressLineProbe()
    line.progress.begin("list")
    line.progress.report("reading files", done: 10, of: 20)
    line.progress.end()
    #expect(line.written == "")
    let immediate = ProgressLineProbe(delay: 0)
    immediate.progress.begin("check")
    immediate.progress.end()
    #expect(immediate.written == "\r\u{1B}[Kcheck · 0 s\r\u{1B}[K")
    // Redrawn four times a second with what the work last reported.
    let counting = ProgressLineProbe(delay: 0)
    counting.progress.begin("check")
    counting.progress.report("reading files", done: 12_345, of: 100_000)
    // The redraw comes from a timer: wait for it (a quarter second, longer on a busy machine).
    var written = ""
    let deadline = ContinuousClock.now + .seconds(10)
    while !written.contains("reading files"), ContinuousClock.now < deadline {
      usleep(50_000)
      written += counting.written
    }
    counting.progress.end()
    #expect(written.contains("\r\u{1B}[Kreading files: 12,345 of 100,000 · "), "\(written)")
    #expect(ProgressLine.grouped(1_234_567) == "1,234,567")
  }
}

/// A progress line writing into a pipe this test reads.
final class ProgressLineProbe {
  let progress: ProgressLine
  private let ends: [Int32]

  init(delay: Double = 1) {
    var ends: [Int32] = [0, 0]
    _ = pipe(&ends)
    _ = fcntl(ends[0], F_SETFL, O_NONBLOCK)
    self.ends = ends
    progress = ProgressLine(delay: delay, descriptor: ends[1])
  }

  deinit {
    close(ends[0])
    close(ends[1])
  }

  /// What was written so far.
  var written: String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(ends[0], &buffer, buffer.count)
      if count <= 0 { break }
      bytes += buffer[..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
