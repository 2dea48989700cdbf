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
      let options = try EvaluationOptions(rest, corpus: false)
      try DuplicateEvaluation(
        path: path, minimumScore: options.minimumScore, report: options.report
      ).run()
      return true
    case "dups-real":
      let options = try EvaluationOptions(arguments.dropFirst(), corpus: true)
      try RealEvaluation(
        minimumScore: options.minimumScore, report: options.report, corpus: options.corpus
      ).run()
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

/// The options of `dups-eval` and `dups-real`: `--min-score S`, `--report`, and for
/// `dups-real` `--corpus NAME`.
struct EvaluationOptions {
  /// The threshold to evaluate at, when only one.
  var minimumScore: Double?
  /// Whether to list the clusters that mix labels and the labels split over clusters.
  var report = false
  /// The one corpus to evaluate, when only one.
  var corpus: String?

  /// Reads `words`; `--corpus` is an option only where `corpus` says so.
  init(_ words: ArraySlice<String>, corpus allowsCorpus: Bool) throws {
    var rest = words
    while let option = rest.popFirst() {
      switch option {
      case "--min-score":
        guard let text = rest.popFirst(), let value = Double(text), value >= 0, value <= 1 else {
          throw BenchOptions.UsageError(description: "--min-score needs a number from 0 to 1")
        }
        minimumScore = value
      case "--report": report = true
      case "--corpus" where allowsCorpus:
        guard let name = rest.popFirst() else {
          throw BenchOptions.UsageError(description: "--corpus needs a corpus's folder name")
        }
        corpus = name
      default: throw BenchOptions.UsageError(description: "unknown option '\(option)'")
      }
    }
  }
}
