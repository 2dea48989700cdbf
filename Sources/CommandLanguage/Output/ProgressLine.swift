import Dispatch
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line on standard error that says what a long command is doing ("reading files: 41,000
/// of 100,000 · 3 s"), shown only once the command has run for `delay` seconds, redrawn four
/// times a second, and wiped before the command's output is written.
///
/// Workers on any thread report to it; a timer draws it. It is for terminals only: the session
/// makes one when standard error is a terminal and the output is not JSON.
public final class ProgressLine: Sendable {
  private struct State {
    var generation = 0
    var active = false
    var shown = false
    var label = ""
    var done = 0
    var total = 0
    var started = DispatchTime.now()
  }

  private let state = Mutex(State())
  private let delay: Double
  private let descriptor: Int32

  /// A line written to `descriptor` once work has gone on for `delay` seconds.
  public init(delay: Double = 1, descriptor: Int32 = 2) {
    self.delay = max(0, delay)
    self.descriptor = descriptor
  }

  /// Starts timing a piece of work called `label`.
  public func begin(_ label: String) {
    let generation = state.withLock { state in
      state.generation += 1
      state.active = true
      state.shown = false
      state.label = label
      state.done = 0
      state.total = 0
      state.started = .now()
      return state.generation
    }
    if delay == 0 {
      if draw(generation) { schedule(generation, after: 0.25) }
    } else {
      schedule(generation, after: delay)
    }
  }

  /// What the work is doing now, and how far it is: `done` of `total` (no count when `total`
  /// is 0). Cheap enough to call from a loop.
  public func report(_ label: String, done: Int = 0, of total: Int = 0) {
    state.withLock { state in
      state.label = label
      state.done = done
      state.total = total
    }
  }

  /// Ends the work, wiping the line if it was shown.
  public func end() {
    state.withLock { state in
      state.active = false
      state.generation += 1
      if state.shown {
        state.shown = false
        put("\r\u{1B}[K")
      }
    }
  }

  private func schedule(_ generation: Int, after seconds: Double) {
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
      if draw(generation) { schedule(generation, after: 0.25) }
    }
  }

  /// Draws the line for `generation` if that work is still going; whether it was.
  @discardableResult
  private func draw(_ generation: Int) -> Bool {
    state.withLock { state in
      guard state.active, state.generation == generation else { return false }
      state.shown = true
      let seconds =
        Double(DispatchTime.now().uptimeNanoseconds - state.started.uptimeNanoseconds)
        / 1e9
      var text = state.label
      if state.total > 0 {
        text += ": \(Self.grouped(state.done)) of \(Self.grouped(state.total))"
      }
      text += " · \(Int(seconds)) s"
      // Drawn under the lock, so `end` never wipes a line that is drawn after it.
      put("\r\u{1B}[K" + text)
      return true
    }
  }

  private func put(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      bytes = bytes.dropFirst(count)
    }
  }

  /// `12345` as `12,345`.
  static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
