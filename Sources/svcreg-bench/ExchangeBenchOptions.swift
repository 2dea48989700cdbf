/// The command line of `svcreg-bench export` and `svcreg-bench import`.
struct ExchangeBenchOptions {
  static let usage = """
    usage: svcreg-bench export [--services N] [--links N] [--seed N] [--runs N] [--out DIR]
           svcreg-bench import [--services N] [--links N] [--seed N] [--runs N] [--csv-out DIR]
    """

  /// Which benchmark to run.
  enum Mode {
    case export
    case `import`
  }

  var mode: Mode
  var services = 100_000
  var links = 1_000_000
  var seed: UInt64 = 1
  var runs = 5
  /// `export`: a folder to write every format into, atomically, as part of the timing.
  var out: String?
  /// `import`: a folder to write the estate's CSV files into, for timing `svcreg import csv`.
  var csvOut: String?

  /// Parses the words after the program name, or returns `nil` when they name another
  /// benchmark.
  init?(arguments: [String]) throws(BenchOptions.UsageError) {
    switch arguments.first {
    case "export": mode = .export
    case "import": mode = .import
    default: return nil
    }
    var rest = arguments.dropFirst()
    while let option = rest.popFirst() {
      guard let value = rest.popFirst() else {
        throw BenchOptions.UsageError(description: "\(option) needs a value")
      }
      switch option {
      case "--services": services = try BenchOptions.count(value, option)
      case "--links": links = try BenchOptions.count(value, option)
      case "--runs": runs = try BenchOptions.count(value, option)
      case "--seed":
        guard let number = UInt64(value) else {
          throw BenchOptions.UsageError(description: "--seed needs a whole number, not '\(value)'")
        }
        seed = number
      case "--out": out = value
      case "--csv-out": csvOut = value
      default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
      }
    }
    guard services >= 10 else {
      throw BenchOptions.UsageError(description: "--services must be at least 10")
    }
  }

}
