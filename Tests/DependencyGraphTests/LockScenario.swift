import DependencyGraph
import RegistryModel
import TestSupport

/// A small hand-made registry and the findings `locks` should report for it, each written as
/// `code services…`, such as `cycle a b c`.
struct LockScenario: Sendable, CustomStringConvertible {
  let description: String
  let build: @Sendable (inout RegistryBuilder) -> Void
  let expected: [String]

  /// The day the scenarios are checked on.
  static let today = RegistryBuilder.date("2025-07-01")

  init(
    _ description: String, expected: [String],
    _ build: @escaping @Sendable (inout RegistryBuilder) -> Void
  ) {
    self.description = description
    self.build = build
    self.expected = expected
  }

  var registry: Registry {
    var builder = RegistryBuilder()
    build(&builder)
    return builder.registry
  }

  var findings: [Finding] {
    let registry = self.registry
    return LockFinder.findings(
      in: registry, graph: DependencyGraph(registry), today: LockScenario.today)
  }

  /// Findings in the scenarios' short form.
  static func summary(_ findings: [Finding]) -> [String] {
    findings.map { ([$0.code.rawValue] + $0.services.map(\.rawValue)).joined(separator: " ") }
  }
}
