/// A person or desk to reach about a service: a name, an e-mail address and a phone number,
/// any of which may be missing but not all.
///
/// Written on one line as `Name <email> phone`, such as
/// `Budi Santoso <budi@kemenag.go.id> +62 21 3811642`, which is how it is shown, typed after
/// `--contact` and kept in a CSV cell.
public struct Contact: Sendable, Hashable, CustomStringConvertible {
  /// Who to ask: a person or a desk such as "Helpdesk Pusdatin".
  public let name: String?
  /// An e-mail address: one `@` with text on both sides, and no spaces.
  public let email: String?
  /// A phone number: digits with spaces, `+`, `-`, `(`, `)`, `.` or `/` between them.
  public let phone: String?

  /// Makes a contact from its parts, trimmed, refusing a part that is not what its field holds
  /// and a contact with no part at all.
  public init(name: String?, email: String?, phone: String?) throws(ModelError) {
    let name = Self.present(name)
    let email = Self.present(email)
    let phone = Self.present(phone)
    guard name != nil || email != nil || phone != nil else {
      throw .invalidText(field: "contact", reason: "give a name, an e-mail address or a phone")
    }
    if let name {
      if let reason = TextRules.problem(in: name, multiline: false) {
        throw .invalidText(field: "contact name", reason: reason)
      }
      // `<` would read as the start of an e-mail address in the one-line form, even as part
      // of a character with a combining mark, so scalars are what is checked.
      if name.unicodeScalars.contains(where: { $0 == "<" || $0 == ">" }) {
        throw .invalidText(field: "contact name '\(name)'", reason: "it must not hold '<' or '>'")
      }
    }
    if let email, !Self.isEmail(email) {
      throw .invalidText(
        field: "e-mail address '\(email)'",
        reason: "expected one '@' with text on both sides and no spaces, e.g. budi@kemenag.go.id"
      )
    }
    if let phone, !Self.isPhone(phone) {
      throw .invalidText(
        field: "phone number '\(phone)'",
        reason: "expected digits, optionally with spaces, '+', '-', '(', ')', '.' or '/', "
          + "e.g. +62 21 3811642")
    }
    self.name = name
    self.email = email
    self.phone = phone
  }

  /// Makes a contact from parts already checked, such as those read back from the parse cache.
  package init(trusted name: String?, email: String?, phone: String?) {
    self.name = name
    self.email = email
    self.phone = phone
  }

  /// Parses the one-line form, `Name <email> phone`: the address in angle brackets (or the one
  /// word holding `@`), the name before it, the phone after it; with no address, the trailing
  /// words that make a phone number are the phone. O(length).
  public init(validating text: String) throws(ModelError) {
    let trimmed = text.trimmingSpaces
    // Scalars, not characters: a mark after `<` must not hide it.
    let scalars = trimmed.unicodeScalars
    if let open = scalars.firstIndex(of: "<") {
      guard let close = scalars[open...].firstIndex(of: ">") else {
        throw .invalidText(
          field: "contact '\(text)'", reason: "the '<' before the address is not closed by '>'")
      }
      try self.init(
        name: String(scalars[..<open]), email: String(scalars[scalars.index(after: open)..<close]),
        phone: String(scalars[scalars.index(after: close)...]))
      return
    }
    let words = trimmed.split(whereSeparator: \.isWhitespace)
    if let at = words.firstIndex(where: { $0.contains("@") }) {
      try self.init(
        name: words[..<at].joined(separator: " "), email: String(words[at]),
        phone: words[(at + 1)...].joined(separator: " "))
      return
    }
    var phoneStart = words.endIndex
    while phoneStart > words.startIndex,
      words[phoneStart - 1].allSatisfy({ Self.phoneCharacters.contains($0) })
    {
      phoneStart -= 1
    }
    let phone = words[phoneStart...].joined(separator: " ")
    if !phone.isEmpty && !Self.isPhone(phone) { phoneStart = words.endIndex }
    try self.init(
      name: words[..<phoneStart].joined(separator: " "), email: nil,
      phone: words[phoneStart...].joined(separator: " "))
  }

  /// The one-line form, `Name <email> phone`, with the missing parts left out; `<>` stands
  /// for a missing address where the name would otherwise read differently (one ending in
  /// digits, or holding `@`), so the form always parses back to this contact.
  public var description: String {
    let plain = [name, email.map { "<\($0)>" }, phone].compactMap { $0 }.joined(separator: " ")
    guard email == nil, (try? Contact(validating: plain)) != self else { return plain }
    return [name, "<>", phone].compactMap { $0 }.joined(separator: " ")
  }

  /// What tells this contact apart from the others of a service: its address, else its name,
  /// else its phone, compared without case.
  public var key: String { (email ?? name ?? phone ?? "").lowercased() }

  /// Whether `text` names this contact: its name, address or phone, without case.
  public func matches(_ text: String) -> Bool {
    let text = text.trimmingSpaces.lowercased()
    return [name, email, phone].contains { $0?.lowercased() == text }
  }

  private static let phoneCharacters = Set("0123456789+-()./")

  private static func present(_ text: String?) -> String? {
    guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
    return text
  }

  private static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
      && !text.unicodeScalars.contains(where: {
        $0.properties.isWhitespace || $0 == "<" || $0 == ">" || $0 == ","
      })
      && TextRules.problem(in: text, multiline: false) == nil
  }

  private static func isPhone(_ text: String) -> Bool {
    text.allSatisfy { phoneCharacters.contains($0) || $0 == " " }
      && text.filter(\.isASCIIDigitCharacter).count >= 3
  }
}

extension Character {
  /// Whether this is one of `0`…`9`.
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

extension String {
  /// The text without spaces, tabs or line ends around it.
  fileprivate var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
