import Planning
import RegistryModel

extension PlanReport {
  /// The plan as an svcreg script: one command per step, each part under a comment, for
  /// `run --atomic FILE` (all of it lands, or none). The same registry and day give the same
  /// bytes.
  var script: String {
    var lines = [
      "# svcreg plan: \(plainHeadline)",
      "# made on \(today) from registry '\(registry.settings.name)'; apply with: "
        + "run --atomic FILE",
    ]
    for phase in plan.phases {
      switch phase.part {
      case .announcement: lines.append("# announce: deprecate what goes")
      case .wave(let number):
        let count = plan.waves[number - 1].services.count
        lines.append("# wave \(number): \(count) service\(count == 1 ? "" : "s") move")
      case .retirement: lines.append("# after the last wave: retire")
      }
      lines += phase.steps.map(Self.command)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The headline without terminal styling.
  var plainHeadline: String {
    switch plan.purpose {
    case .consolidation:
      "consolidate \(plan.leaving.count + 1) services into \(plan.target!)"
        + (title.map { " (\($0))" } ?? "")
    case .retirement:
      "retire \(plan.leaving[0])" + (plan.target.map { ", its dependents moving to \($0)" } ?? "")
    }
  }

  /// The command that makes `step`, its words quoted for the command line.
  static func command(_ step: PlanStep) -> String {
    var words: [String]
    switch step {
    case .deprecate(let id, let deprecation):
      words = ["deprecate", id.rawValue, "--reason", deprecation.reason]
      if let replacement = deprecation.replacedBy {
        words += ["--replaced-by", replacement.description]
      }
      if let sunset = deprecation.sunset { words += ["--sunset", sunset.description] }
    case .undeprecate(let id):
      words = ["undeprecate", id.rawValue]
    case .unlink(let from, let to):
      words = ["unlink", from.rawValue, to.rawValue]
    case .link(let from, let link):
      words = ["link", from.rawValue, link.target.rawValue]
      if link.range.description != "*" { words += ["--range", link.range.source] }
      if let kind = link.kind { words += ["--kind", kind.rawValue] }
      if let note = link.note { words += ["--note", note] }
    case .retire(let id):
      words = ["retire", id.rawValue]
    }
    return words.map(Session.shellQuoted).joined(separator: " ")
  }
}
