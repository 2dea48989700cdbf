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

/// JSON string quoting, shared by everything that writes JSON by hand for speed.
public enum JSONText {
  /// `value` as a JSON string literal, with quotes, backslashes and control characters escaped.
  public static func quote(_ value: String) -> String {
    var out = "\""
    out.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
