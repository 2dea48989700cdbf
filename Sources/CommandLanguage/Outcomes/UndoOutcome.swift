/// What `undo` took back: the commands of the changes undone, newest first.
struct UndoOutcome {
  /// The commands undone.
  var commands: [String]
}
