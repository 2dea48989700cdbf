import LineEditor

/// The prompts of the interactive shell: the registry's name, `*` inside a batch, and the
/// continuation prompt.
struct ShellPrompt: Sendable, Equatable {
  /// The prompt shown while a line ending in `\` is being continued.
  static let continuation = "...> "

  /// The registry's name.
  var name: String

  /// Whether a batch is open.
  var isInBatch: Bool

  /// Whether to colour the name.
  var color: Bool

  /// The prompt text, with colour codes marked invisible so libedit measures it right.
  var text: String {
    let star = isInBatch ? "*" : ""
    guard color else { return "\(name)\(star)> " }
    let bold = LineEditor.invisible("\u{1b}[1;36m")
    let batch = LineEditor.invisible("\u{1b}[1;33m")
    let reset = LineEditor.invisible("\u{1b}[0m")
    return "\(bold)\(name)\(reset)\(isInBatch ? "\(batch)*\(reset)" : "")> "
  }
}
