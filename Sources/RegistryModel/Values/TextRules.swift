/// What free text (names, descriptions, URLs, tags, notes) may hold: no control characters
/// that would act on a terminal (ESC and the rest of C0, DEL, C1), no bidirectional controls
/// that reorder what is shown, and in a one-line field nothing that starts a new line.
///
/// A tab is allowed anywhere; a multi-line field (a description, notes) may hold line feeds,
/// and carriage returns only as part of CRLF.
public enum TextRules {
  /// Why `text` cannot be stored in a field, or `nil` when it can. O(length).
  public static func problem(in text: some StringProtocol, multiline: Bool) -> String? {
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      // Printable ASCII is nearly all text: decide it with one comparison.
      if scalar.value >= 0x20 && scalar.value < 0x7F { continue }
      switch scalar {
      case "\t": continue
      case "\n":
        if multiline { continue }
        return "it must fit on one line"
      case "\r":
        if multiline {
          var lookahead = scalars
          if lookahead.next() == "\n" { continue }
        }
        return multiline
          ? "it contains a carriage return that does not end a line" : "it must fit on one line"
      case "\u{2028}", "\u{2029}":
        if multiline { continue }
        return "it must fit on one line (it holds U+\(hex(scalar)), a line separator)"
      default:
        if scalar.properties.generalCategory == .control {
          return "it contains the control character U+\(hex(scalar))\(name(scalar)), "
            + "which a terminal would act on"
        }
        if isBidirectionalControl(scalar) {
          return "it contains U+\(hex(scalar)), a bidirectional control that reorders how "
            + "text is shown"
        }
      }
    }
    return nil
  }

  /// Whether `scalar` changes the direction text is shown in: the embeddings, overrides and
  /// isolates, and the marks that act like them.
  public static func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private static func name(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x1B: " (ESC)"
    case 0x00: " (NUL)"
    case 0x07: " (BEL)"
    case 0x08: " (BS)"
    case 0x7F: " (DEL)"
    default: ""
    }
  }
}

extension Service {
  /// The first one-line field of the service (name, URL, owner, contacts, tags) that breaks `TextRules`, with
  /// why; `nil` when every one keeps them. Multi-line text (description, notes, reasons) may
  /// hold anything but NUL, and is escaped when shown. O(text of those fields).
  public var textProblem: (field: String, reason: String)? {
    if let reason = TextRules.problem(in: name, multiline: false) { return ("name", reason) }
    if let url, let reason = TextRules.problem(in: url, multiline: false) { return ("url", reason) }
    if let owner, let reason = TextRules.problem(in: owner, multiline: false) {
      return ("owner", reason)
    }
    for contact in contacts {
      if let reason = TextRules.problem(in: contact.description, multiline: false) {
        return ("contacts", reason)
      }
    }
    for tag in tags {
      if let reason = TextRules.problem(in: tag, multiline: false) { return ("tags", reason) }
    }
    return nil
  }
}

extension Unit {
  /// The first field of the unit that breaks `TextRules`, with why. O(text of the unit).
  public var textProblem: (field: String, reason: String)? {
    if let reason = TextRules.problem(in: name, multiline: false) { return ("name", reason) }
    for alias in aliases {
      if let reason = TextRules.problem(in: alias, multiline: false) { return ("aliases", reason) }
    }
    return nil
  }
}
