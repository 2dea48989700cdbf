/// The duplicate-detection subcommands of svcreg-bench: `dups-eval`, `dups-real` and `dups`.
enum DuplicateCommands {
  static let usage = """
    usage: svcreg-bench dups-eval FILE [--min-score S] [--report]
           svcreg-bench dups-real [--min-score S] [--report] [--corpus NAME]
           svcreg-bench dups [--services N] [--seed S] [--runs N] [--names-out FILE]
    """

  /// Runs `arguments` if they name a duplicate subcommand; returns whether they did.
  static func run(_ arguments: [String]) throws -> Bool {
    switch arguments.first {
    case "dups-eval":
      var rest = arguments.dropFirst()
      guard let path = rest.popFirst() else {
        throw BenchOptions.UsageError(description: "dups-eval needs FILE")
      }
      var minimumScore: Double?
      var report = false
      while let option = rest.popFirst() {
        switch option {
        case "--min-score":
          guard let text = rest.popFirst(), let value = Double(text), value >= 0, value <= 1 else {
            throw BenchOptions.UsageError(description: "--min-score needs a number from 0 to 1")
          }
          minimumScore = value
        case "--report": report = true
        default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
        }
      }
      try DuplicateEvaluation(path: path, minimumScore: minimumScore, report: report).run()
      return true
    case "dups-real":
      var rest = arguments.dropFirst()
      var minimumScore: Double?
      var report = false
      var corpus: String?
      while let option = rest.popFirst() {
        switch option {
        case "--min-score":
          guard let text = rest.popFirst(), let value = Double(text), value >= 0, value <= 1 else {
            throw BenchOptions.UsageError(description: "--min-score needs a number from 0 to 1")
          }
          minimumScore = value
        case "--report": report = true
        case "--corpus":
          guard let name = rest.popFirst() else {
            throw BenchOptions.UsageError(description: "--corpus needs a corpus's folder name")
          }
          corpus = name
        default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
        }
      }
      try RealEvaluation(minimumScore: minimumScore, report: report, corpus: corpus).run()
      return true
    case "dups":
      try DuplicateBenchmark(options: DuplicateBenchmark.Options(Array(arguments.dropFirst())))
        .run()
      return true
    default:
      return false
    }
  }
}
