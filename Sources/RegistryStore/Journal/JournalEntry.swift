import JSONText

/// One line of `journal.log`: when, who, the command as given, and the services it touched.
public struct JournalEntry: Sendable, Hashable, Codable {
  /// The time in UTC, as `YYYY-MM-DDTHH:MM:SSZ`.
  public var time: String
  /// Who made the change.
  public var actor: String
  /// The command as the user gave it.
  public var command: String
  /// The ids of the services the command touched.
  public var ids: [String]

  /// Creates an entry.
  public init(time: String, actor: String, command: String, ids: [String]) {
    self.time = time
    self.actor = actor
    self.command = command
    self.ids = ids
  }

  /// The entry as one JSON line: merge-friendly in git, readable by any JSON tool.
  public var line: String {
    "{\"time\":\(JSONText.quote(time)),\"actor\":\(JSONText.quote(actor)),"
      + "\"command\":\(JSONText.quote(command)),\"ids\":["
      + ids.map(JSONText.quote).joined(separator: ",") + "]}\n"
  }
}
