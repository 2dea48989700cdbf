/// Runs a piece of work several times and prints the median, least and greatest time.
struct Timing {
  let runs: Int

  /// Times `work`, which returns how many things it made, and prints one line: `name` (one
  /// word, for scripts to find), the median, the range, that count and `label`.
  func report(_ name: String, _ label: String, _ work: () -> Int) {
    let clock = ContinuousClock()
    var times: [Duration] = []
    var made = 0
    for _ in 0..<runs {
      let start = clock.now
      // Printing the result keeps the optimiser from dropping the work.
      made = work()
      times.append(clock.now - start)
    }
    times.sort()
    let median = Timing.milliseconds(times[times.count / 2]).description
    print(
      name.padded(to: 12) + median.padded(to: 10, left: true) + " ms   "
        + "(min \(Timing.milliseconds(times[0])), max \(Timing.milliseconds(times.last!))) "
        + "\(label): \(made)")
  }

  /// A duration in milliseconds, to two decimals.
  static func milliseconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return (value * 100).rounded() / 100
  }
}

extension String {
  /// The string padded with spaces to `width`, on the right unless `left`.
  fileprivate func padded(to width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - count))
    return left ? fill + self : self + fill
  }
}
