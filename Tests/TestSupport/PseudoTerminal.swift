import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program on a fresh pseudo-terminal, as a person at a terminal would, for end-to-end
/// tests of interactive behaviour.
///
/// The child becomes a session leader with the terminal as its controlling terminal, so
/// Ctrl-C, Ctrl-Z and job control behave as they do for a real user. Output is read with a
/// deadline and kept with escape sequences and carriage returns stripped.
public final class PseudoTerminal {
  /// Why the terminal could not be used, with the output seen so far.
  public struct Failure: Error, CustomStringConvertible {
    /// What went wrong, ready to print in a test failure.
    public var description: String

    /// Creates a failure described by `description`.
    public init(description: String) {
      self.description = description
    }
  }

  /// The child's process id.
  public let pid: pid_t

  private let master: Int32
  private var raw: [UInt8] = []
  private var cleanedUpTo = 0
  private var cleaned: [UInt8] = []
  private var mark = 0
  private var exitStatus: Int32?
  private var isClosed = false

  /// Starts `executable` with `arguments` on a new terminal of the given size.
  ///
  /// The child's environment holds only `PATH`, `TERM=dumb` and `LANG=C.UTF-8`, then
  /// `environment`, which may override them (a test may set `TERM=xterm`).
  public init(
    executable: URL, arguments: [String] = [], environment: [String: String] = [:],
    columns: UInt16 = 200, rows: UInt16 = 50
  ) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else {
      throw Failure(description: "openpty failed: \(String(cString: strerror(errno)))")
    }
    // Other tests spawn processes concurrently: neither end may leak into their children.
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    defer { close(slave) }
    guard let name = ttyname(slave) else {
      close(master)
      throw Failure(description: "ttyname failed: \(String(cString: strerror(errno)))")
    }
    let slavePath = String(cString: name)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, without O_NOCTTY, the terminal becomes the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The test runner may block or ignore signals; a person's shell would not.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGTERM, SIGHUP] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID, hidden from Swift behind _GNU_SOURCE.
    posix_spawnattr_setflags(
      &attributes, Int16(setSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var fullEnvironment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "TERM": "dumb", "LANG": "C.UTF-8",
    ]
    fullEnvironment.merge(environment) { $1 }
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    let envp =
      fullEnvironment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
      + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }

    var child: pid_t = 0
    let status = posix_spawn(&child, executable.path, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw Failure(
        description: "cannot start \(executable.path): \(String(cString: strerror(status)))")
    }
    pid = child
    self.master = master
  }

  deinit {
    terminate()
  }

  /// Everything the program has written so far, cleaned.
  public var output: String { String(decoding: cleaned, as: UTF8.self) }

  /// Everything the program has written so far, escape sequences and all.
  public var rawOutput: String { String(decoding: raw, as: UTF8.self) }

  /// Types `text` (which may hold control characters such as "\u{3}" or "\u{1b}[A").
  public func send(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        throw Failure(
          description: "cannot write to the terminal: \(String(cString: strerror(errno)))")
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Waits for `text` in the output that follows the previous match, and returns that output
  /// up to and including `text`.
  @discardableResult
  public func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
    let needle = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let end = find(needle) {
        let found = String(decoding: cleaned[mark..<end], as: UTF8.self)
        mark = end
        return found
      }
      let remaining = ContinuousClock.now.duration(to: deadline)
      if remaining <= .zero || (isClosed && exitStatus != nil) {
        let seen = String(decoding: cleaned[mark...], as: UTF8.self)
        let why = isClosed ? "the program ended" : "timed out after \(timeout)"
        throw Failure(
          description: "\(why) waiting for \(text.debugDescription); saw \(seen.debugDescription)")
      }
      readAvailable(waitingAtMost: remaining)
    }
  }

  /// Waits for the program to end, reading its output meanwhile, and returns its exit status
  /// (128 + the signal number when a signal ended it).
  public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
    let deadline = ContinuousClock.now + timeout
    while true {
      if let exitStatus = reap() { return exitStatus }
      let remaining = ContinuousClock.now.duration(to: deadline)
      guard remaining > .zero else {
        throw Failure(
          description: "the program did not end within \(timeout); saw \(output.debugDescription)")
      }
      readAvailable(waitingAtMost: min(remaining, .milliseconds(20)))
    }
  }

  /// Kills the program if it still runs, reaps it, and closes the terminal; safe to call twice.
  public func terminate() {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      let deadline = ContinuousClock.now + .seconds(5)
      while reap() == nil && ContinuousClock.now < deadline {
        usleep(5_000)
      }
    }
    if master >= 0 && !isClosed {
      isClosed = true
      close(master)
    }
  }

  private func reap() -> Int32? {
    if let exitStatus { return exitStatus }
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    if result < 0 && errno == ECHILD {
      // Someone else reaped it (a process-wide SIGCHLD handler); its status is lost.
      exitStatus = -1
      return exitStatus
    }
    guard result == pid else { return nil }
    let signal = status & 0x7f
    exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    return exitStatus
  }

  private func readAvailable(waitingAtMost timeout: Duration) {
    guard !isClosed else {
      _ = reap()
      usleep(5_000)
      return
    }
    let (seconds, attoseconds) = timeout.components
    let milliseconds = max(1, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&request, 1, min(milliseconds, 100)) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if count > 0 {
      raw.append(contentsOf: buffer[0..<count])
      clean()
    } else if count == 0 || errno == EIO {
      // EIO means every copy of the terminal's other end is closed: the program has gone.
      if reap() != nil {
        isClosed = true
        close(master)
      } else {
        usleep(5_000)
      }
    }
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard !needle.isEmpty else { return mark }
    guard cleaned.count - mark >= needle.count else { return nil }
    for start in mark...(cleaned.count - needle.count)
    where cleaned[start..<start + needle.count].elementsEqual(needle) {
      return start + needle.count
    }
    return nil
  }

  /// Moves complete text from `raw` to `cleaned`, dropping escape sequences, bells and `\r`,
  /// and leaving an unfinished escape sequence for the next read.
  private func clean() {
    var index = cleanedUpTo
    while index < raw.count {
      let byte = raw[index]
      if byte == 0x1b {
        guard let end = Self.endOfEscape(in: raw, at: index) else { break }
        index = end
      } else {
        if byte != 0x0d && byte != 0x07 { cleaned.append(byte) }
        index += 1
      }
    }
    cleanedUpTo = index
  }

  /// The index just past the escape sequence that starts at `start`, or nil if it is unfinished.
  private static func endOfEscape(in bytes: [UInt8], at start: Int) -> Int? {
    var index = start + 1
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "["):
      index += 1
      // Parameters and intermediates, then one final byte in 0x40...0x7e.
      while index < bytes.count && !(0x40...0x7e).contains(bytes[index]) { index += 1 }
      return index < bytes.count ? index + 1 : nil
    case UInt8(ascii: "]"):
      index += 1
      while index < bytes.count {
        if bytes[index] == 0x07 { return index + 1 }
        if bytes[index] == 0x1b && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\\")
        {
          return index + 2
        }
        index += 1
      }
      return nil
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
      return index + 1 < bytes.count ? index + 2 : nil
    default:
      return index + 1
    }
  }
}
