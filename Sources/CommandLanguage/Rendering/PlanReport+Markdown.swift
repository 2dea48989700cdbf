import Planning
import RegistryModel

extension PlanReport {
  /// The plan as a road map for a report: what is kept and why, a table per wave with each
  /// service's unit, the deprecations with their sunset, the retirements, and the check.
  var markdown: String {
    var text = "# Plan: \(Markdown.text(plainHeadline))\n\n"
    text += "Made on \(today) from registry `\(registry.settings.name)`.\n\n"
    let moves = plan.moves.count
    text += "| | |\n| --- | --- |\n"
    switch plan.purpose {
    case .consolidation:
      text += "| Services consolidated | \(plan.leaving.count + 1) |\n"
    case .retirement:
      text += "| Service retired | `\(Markdown.code(plan.leaving[0].rawValue))` |\n"
    }
    if let target = plan.target {
      text += "| Takes over | `\(Markdown.code(target.rawValue))` (\(unitName(of: target))) |\n"
    }
    text += "| Services that move | \(Set(plan.moves.map(\.dependent)).count) |\n"
    text += "| Links that move | \(moves) |\n"
    text += "| Waves | \(plan.waves.count) |\n"
    if let sunset = plan.deprecation?.sunset { text += "| Sunset | \(sunset) |\n" }
    text += "\n"
    if let choice = plan.keeperChoice {
      text +=
        "## The keeper\n\n`\(Markdown.code(choice.keeper.id.rawValue))` (\(unitName(of: choice.keeper.id))): "
        + Markdown.text(choice.reasons.joined(separator: "; ")) + ".\n\n"
      if !choice.runnersUp.isEmpty {
        text +=
          "Runners-up: "
          + choice.runnersUp.map {
            "`\(Markdown.code($0.id.rawValue))` (\($0.dependents) dependents, "
              + ($0.newestActiveVersion.map { "\($0)" } ?? "no active version") + ")"
          }.joined(separator: ", ") + ".\n\n"
      }
    }
    let deprecated = plan.steps.compactMap { step -> ServiceID? in
      if case .deprecate(let id, _) = step { return id }
      return nil
    }
    if !deprecated.isEmpty {
      text += "## First: deprecation\n\n"
      text +=
        "Deprecated, replaced by `\(Markdown.code(plan.target!.rawValue))`"
        + (plan.deprecation?.sunset.map { ", sunset \($0)" } ?? "") + ":\n\n"
      text += "| Service | Unit |\n| --- | --- |\n"
      for id in deprecated { text += "| `\(Markdown.code(id.rawValue))` | \(unitName(of: id)) |\n" }
      text += "\n"
    }
    for wave in plan.waves {
      text += "## Wave \(wave.number)\n\n"
      text += "| Service | Unit | Moves from | To | Range |\n| --- | --- | --- | --- | --- |\n"
      for move in wave.moves {
        text +=
          "| `\(Markdown.code(move.dependent.rawValue))` | \(unitName(of: move.dependent)) | `\(Markdown.code(move.from.rawValue))` | "
          + (move.to.map { "`\(Markdown.code($0.rawValue))`" } ?? "—") + " | "
          + (move.alreadyLinked ? "already linked" : "`\(Markdown.code(move.newRange.source))`")
          + " |\n"
      }
      text += "\n"
    }
    if case .retirement? = plan.phases.last?.part {
      text +=
        "## Last: retirement\n\nAfter the last wave, retired: "
        + plan.leaving.map { "`\(Markdown.code($0.rawValue))`" }.joined(separator: ", ") + ".\n\n"
    }
    text += "## Check\n\n"
    if let failed = check.failedStep {
      text += "Not checked: a step is refused: \(Markdown.text(failed)).\n"
    } else {
      text +=
        "Applied to a copy of the registry: \(check.resolved.count) findings resolved, "
        + "\(check.introduced.count) introduced.\n"
      if !check.introduced.isEmpty {
        text += "\n| Introduced | Severity | Finding |\n| --- | --- | --- |\n"
        for finding in check.introduced {
          text +=
            "| \(finding.code.rawValue) | \(finding.severity.rawValue) | "
            + Markdown.text(finding.message) + " |\n"
        }
      }
    }
    if !plan.notes.isEmpty {
      text += "\n## Notes\n\n"
      for note in plan.notes {
        text += "- **\(note.severity.rawValue)**: \(Markdown.text(note.message))\n"
      }
    }
    return text
  }

  /// The unit's name and path, as a reader knows it.
  private func unitName(of id: ServiceID) -> String {
    guard let path = registry.services[id]?.unit else { return "?" }
    let name = registry.units[path]?.name ?? path.description
    return Markdown.text(name == path.description ? name : "\(name) (\(path))")
  }
}
