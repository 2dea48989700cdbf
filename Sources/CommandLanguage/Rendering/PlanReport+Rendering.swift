import DependencyGraph
import Planning
import RegistryModel

extension PlanReport: CommandOutcome {
  func write(to output: inout TextOutput) throws(CommandError) {
    switch format {
    case .json: output.write(json.text + "\n")
    case .markdown: output.write(markdown)
    case .text: writeText(to: &output)
    }
  }

  func notes(style: Style) -> String {
    guard let written else { return "" }
    return "wrote \(written); apply it with: run --atomic \(written)\n"
  }

  /// 1 when the plan cannot be applied as it is, or applying it would leave an error finding
  /// or a retired service still depended on.
  var exitStatus: Int32 {
    plan.hasErrors || check.failedStep != nil || !check.introducedErrors.isEmpty
      || !check.remainingDependents.isEmpty ? 1 : 0
  }

  private func unit(of id: ServiceID) -> String {
    registry.services[id]?.unit.description ?? "?"
  }

  private static func dependents(_ count: Int) -> String {
    "\(count) dependent\(count == 1 ? "" : "s")"
  }

  private static func candidate(_ candidate: KeeperCandidate) -> String {
    "\(candidate.id) (\(dependents(candidate.dependents)), "
      + (candidate.newestActiveVersion.map { "\($0)" } ?? "no active version") + ")"
  }

  private func writeText(to output: inout TextOutput) {
    let style = output.style
    let width = output.width ?? 100
    var text = style.heading("plan: " + plainHeadline) + "\n"
    if let choice = plan.keeperChoice {
      text +=
        TextWrap.wrap(
          "keeper: \(style.id(choice.keeper.id.rawValue)) (\(unit(of: choice.keeper.id))): "
            + choice.reasons.joined(separator: "; "), width: output.width, indent: 4) + "\n"
      if !choice.runnersUp.isEmpty {
        text += TextWrap.list(
          "runners-up:", choice.runnersUp.map(Self.candidate), width: width)
      }
    }
    var step = 0
    func numbered(_ line: String) -> String {
      step += 1
      return "\(step). \(line)\n"
    }
    let deprecated = plan.steps.compactMap { step -> ServiceID? in
      if case .deprecate(let id, _) = step { return id }
      return nil
    }
    if let deprecation = plan.deprecation, !deprecated.isEmpty {
      text += numbered(
        "deprecate \(deprecated.count) service\(deprecated.count == 1 ? "" : "s"), replaced by "
          + "\(plan.target!)" + (deprecation.sunset.map { ", sunset \($0)" } ?? "") + ":")
      text += TextWrap.list("", deprecated.map { style.id($0.rawValue) }, width: width)
    }
    for dropped in plan.droppedLinks {
      text += "    drop \(dropped) (the keeper takes its place)\n"
    }
    for wave in plan.waves {
      text += numbered(
        "wave \(wave.number): \(wave.services.count) service"
          + (wave.services.count == 1 ? "" : "s") + ", \(wave.moves.count) link"
          + (wave.moves.count == 1 ? "" : "s"))
      for move in wave.moves {
        text +=
          "     \(style.id(move.dependent.rawValue)) (\(unit(of: move.dependent))): "
          + moveText(move) + "\n"
      }
    }
    if plan.waves.isEmpty {
      text += style.dim("    no service depends on what goes; nothing moves") + "\n"
    }
    let retired = plan.steps.compactMap { step -> ServiceID? in
      if case .retire(let id) = step { return id }
      return nil
    }
    if !retired.isEmpty {
      text += numbered(
        "retire \(retired.count) service\(retired.count == 1 ? "" : "s")"
          + (plan.waves.isEmpty ? "" : " after the last wave") + ":")
      text += TextWrap.list("", retired.map { style.id($0.rawValue) }, width: width)
    }
    if !plan.cutLinks.isEmpty {
      text += TextWrap.list(
        "links left out to order the waves (a loop):", plan.cutLinks.map(\.description),
        width: width)
    }
    text += checkText(style: style, width: output.width)
    for note in plan.notes {
      let mark =
        switch note.severity {
        case .error: style.error("error:")
        case .warning: style.warning("warning:")
        case .note: style.dim("note:")
        }
      text += TextWrap.wrap("\(mark) \(note.message)", width: output.width, indent: 4) + "\n"
    }
    output.write(text)
  }

  /// `from -> to RANGE (was RANGE)`, or that the link only goes.
  private func moveText(_ move: LinkMove) -> String {
    guard let to = move.to else { return "\(move.from) -> (no replacement)" }
    if move.alreadyLinked { return "\(move.from) -> \(to): already linked; the old link goes" }
    let was = move.oldRange.source == move.newRange.source ? "" : " (was \(move.oldRange.source))"
    return "\(move.from) -> \(to) \(move.newRange.source)\(was)"
  }

  private func checkText(style: Style, width: Int?) -> String {
    if let failed = check.failedStep {
      return style.error("not checked: ") + "a step is refused: \(failed)\n"
    }
    var text =
      "checked on a copy: \(check.resolved.count) finding\(check.resolved.count == 1 ? "" : "s") "
      + "resolved, \(check.introduced.count) introduced"
      + (check.introducedErrors.isEmpty
        ? "" : style.error(" (\(check.introducedErrors.count) errors)"))
      + "\n"
    for finding in check.introduced {
      let mark = finding.severity == .error ? style.error("error") : style.warning("warning")
      text +=
        TextWrap.wrap(
          "    introduced \(mark) \(finding.code.rawValue): \(finding.message)", width: width,
          indent: 6) + "\n"
    }
    let codes = Dictionary(grouping: check.resolved, by: \.code.rawValue)
    if !codes.isEmpty {
      text +=
        "    resolved: "
        + codes.keys.sorted().map { "\(codes[$0]!.count) \($0)" }.joined(separator: ", ") + "\n"
    }
    for link in check.remainingDependents {
      text += style.error("    still depended on after retiring: ") + "\(link)\n"
    }
    return text
  }
}
