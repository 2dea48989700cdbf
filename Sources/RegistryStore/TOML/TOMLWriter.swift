/// Builds TOML text in the registry's one canonical form: keys in a fixed order, strings as
/// basic strings with the minimum of escapes, one blank line before each table.
struct TOMLWriter {
  private(set) var text = ""

  /// Writes `key = "value"`.
  mutating func string(_ key: String, _ value: String) {
    text += "\(TOMLWriter.key(key)) = \(TOMLWriter.quote(value))\n"
  }

  /// Writes `key = "value"` only when there is a value.
  mutating func string(_ key: String, ifPresent value: String?) {
    if let value { string(key, value) }
  }

  /// Writes `key = value` for a value already in TOML syntax (a date, a number, an array).
  mutating func raw(_ key: String, _ value: String) {
    text += "\(TOMLWriter.key(key)) = \(value)\n"
  }

  /// Writes `key = ["a", "b"]`.
  mutating func strings(_ key: String, _ values: [String]) {
    raw(key, "[" + values.map(TOMLWriter.quote).joined(separator: ", ") + "]")
  }

  /// Starts an entry of an array of tables, after a blank line.
  mutating func arrayTable(_ name: String) {
    if !text.isEmpty { text += "\n" }
    text += "[[\(name)]]\n"
  }

  /// Starts a table named by its dotted key path, after a blank line.
  mutating func table(_ path: String...) {
    if !text.isEmpty { text += "\n" }
    text += "[" + path.map(TOMLWriter.key).joined(separator: ".") + "]\n"
  }

  /// An inline table from pairs whose values are already TOML, such as `{ reason = "x" }`.
  static func inlineTable(_ pairs: [(String, String)]) -> String {
    "{ " + pairs.map { "\(key($0.0)) = \($0.1)" }.joined(separator: ", ") + " }"
  }

  /// A key, bare when TOML allows it and quoted otherwise.
  static func key(_ name: String) -> String {
    let bare =
      !name.isEmpty
      && name.utf8.allSatisfy { byte in
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      }
    return bare ? name : quote(name)
  }

  /// A TOML basic string: quotes, backslashes and control characters escaped, all other
  /// Unicode kept as it is so that names stay readable in the file.
  static func quote(_ value: String) -> String {
    var out = "\""
    out.reserveCapacity(value.utf8.count + 2)
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
