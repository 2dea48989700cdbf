/// The command line of `svcreg-bench graph`.
struct BenchOptions {
  /// A command line that cannot be run, with the reason.
  struct UsageError: Error, CustomStringConvertible {
    let description: String
  }

  static let usage = """
    usage: svcreg-bench graph [--services N] [--links N] [--seed N] [--runs N] [--edges-out FILE]
    """

  var services = 100_000
  var links = 1_000_000
  var seed: UInt64 = 1
  var runs = 7
  var edgesOut: String?

  init(arguments: [String]) throws(UsageError) {
    guard arguments.first == "graph" else { throw UsageError(description: "expected 'graph'") }
    var rest = arguments.dropFirst()
    while let option = rest.popFirst() {
      guard let value = rest.popFirst() else {
        throw UsageError(description: "\(option) needs a value")
      }
      switch option {
      case "--services": services = try Self.count(value, option)
      case "--links": links = try Self.count(value, option)
      case "--runs": runs = try Self.count(value, option)
      case "--seed":
        guard let number = UInt64(value) else {
          throw UsageError(description: "--seed needs a whole number, not '\(value)'")
        }
        seed = number
      case "--edges-out": edgesOut = value
      default: throw UsageError(description: "unknown option '\(option)'")
      }
    }
    guard services >= 10 else { throw UsageError(description: "--services must be at least 10") }
  }

  /// `text` as the positive whole number `option` needs.
  static func count(_ text: String, _ option: String) throws(UsageError) -> Int {
    guard let number = Int(text), number > 0 else {
      throw UsageError(description: "\(option) needs a positive whole number, not '\(text)'")
    }
    return number
  }
}
