import DependencyGraph
import Planning
import RegistryModel

extension PlanReport {
  var json: JSONValue {
    func ids(_ list: [ServiceID]) -> JSONValue { .array(list.map { .string($0.rawValue) }) }
    func ends(_ list: [LinkEnds]) -> JSONValue {
      .array(
        list.map {
          .object([("from", .string($0.from.rawValue)), ("to", .string($0.to.rawValue))])
        })
    }
    func candidate(_ candidate: KeeperCandidate) -> JSONValue {
      .object([
        ("id", .string(candidate.id.rawValue)), ("dependents", .int(candidate.dependents)),
        ("newestActiveVersion", candidate.newestActiveVersion.map { .string("\($0)") } ?? .null),
        ("central", .bool(candidate.central)), ("lifecycle", .string(candidate.lifecycle.rawValue)),
      ])
    }
    var pairs: [(String, JSONValue)] = [
      ("command", "plan"),
      ("purpose", .string(plan.purpose == .consolidation ? "consolidate" : "retire")),
      ("cluster", title.map(JSONValue.string) ?? .null),
      ("target", plan.target.map { .string($0.rawValue) } ?? .null),
    ]
    if let choice = plan.keeperChoice {
      pairs.append(
        (
          "keeper",
          .object([
            ("candidate", candidate(choice.keeper)), ("chosenByUser", .bool(choice.chosenByUser)),
            ("reasons", .array(choice.reasons.map(JSONValue.string))),
            ("runnersUp", .array(choice.runnersUp.map(candidate))),
          ])
        ))
    }
    pairs += [
      ("leaving", ids(plan.leaving)),
      (
        "deprecation",
        plan.deprecation.map { deprecation in
          .object([
            ("reason", .string(deprecation.reason)),
            ("replacedBy", deprecation.replacedBy.map { .string($0.description) } ?? .null),
            ("sunset", deprecation.sunset.map { .string($0.description) } ?? .null),
          ])
        } ?? .null
      ),
      ("droppedLinks", ends(plan.droppedLinks)),
      (
        "waves",
        .array(
          plan.waves.map { wave in
            .object([
              ("number", .int(wave.number)), ("services", ids(wave.services)),
              (
                "moves",
                .array(
                  wave.moves.map { move in
                    .object([
                      ("dependent", .string(move.dependent.rawValue)),
                      ("from", .string(move.from.rawValue)),
                      ("to", move.to.map { .string($0.rawValue) } ?? .null),
                      ("oldRange", .string(move.oldRange.source)),
                      ("newRange", .string(move.newRange.source)),
                      ("alreadyLinked", .bool(move.alreadyLinked)),
                    ])
                  })
              ),
            ])
          })
      ),
      ("cutLinks", ends(plan.cutLinks)),
      ("steps", .array(plan.steps.map { .string(Self.command($0)) })),
      (
        "check",
        .object([
          ("failedStep", check.failedStep.map(JSONValue.string) ?? .null),
          ("introduced", .array(check.introduced.map(JSONValue.finding))),
          ("resolved", .array(check.resolved.map(JSONValue.finding))),
          ("remainingDependents", ends(check.remainingDependents)),
        ])
      ),
      (
        "notes",
        .array(
          plan.notes.map { note in
            .object([
              ("severity", .string(note.severity.rawValue)), ("services", ids(note.services)),
              ("message", .string(note.message)),
            ])
          })
      ),
      ("script", written.map(JSONValue.string) ?? .null),
    ]
    return .object(pairs)
  }
}
