// svcreg-bench: release-build benchmarks of the libraries; see scripts/bench-graph.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

if let status = ExchangeBenchmark.runIfAsked(Array(CommandLine.arguments.dropFirst())) {
  exit(status)
}
do {
  if try DuplicateCommands.run(Array(CommandLine.arguments.dropFirst())) { exit(0) }
  if CommandLine.arguments.dropFirst().first == "plan" {
    try PlanBenchmark(options: PlanBenchmark.Options(Array(CommandLine.arguments.dropFirst(2))))
      .run()
    exit(0)
  }
  let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
  try GraphBenchmark(options: options).run()
} catch {
  let message = "svcreg-bench: \(error)\n\(BenchOptions.usage)\n"
  _ = message.withCString { write(2, $0, strlen($0)) }
  exit(2)
}
