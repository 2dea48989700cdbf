import RegistryModel
import TestSupport
import Testing

/// Contacts: the one-line form `Name <email> phone` read the way people type it, refused with a
/// reason when a part is not what it should be, and always printed so that it reads back.
@Suite struct ContactTests {
  @Test(
    arguments: [
      (
        "Budi Santoso <budi@kemenag.go.id> +62 21 3811642", "Budi Santoso", "budi@kemenag.go.id",
        "+62 21 3811642"
      ),
      (
        "Budi Santoso budi@kemenag.go.id 0812-3456-789", "Budi Santoso", "budi@kemenag.go.id",
        "0812-3456-789"
      ),
      ("helpdesk@pusdatin.go.id", nil, "helpdesk@pusdatin.go.id", nil),
      ("Helpdesk Pusdatin (021) 381 1642", "Helpdesk Pusdatin", nil, "(021) 381 1642"),
      ("  Tim SIMPEG  ", "Tim SIMPEG", nil, nil),
      ("Tim 2024 <>", "Tim 2024", nil, nil),
      ("<ani@uinjkt.ac.id>", nil, "ani@uinjkt.ac.id", nil),
      ("+62 811 000 111", nil, nil, "+62 811 000 111"),
    ] as [(String, String?, String?, String?)])
  func theOneLineFormIsReadAsPeopleTypeIt(
    _ text: String, _ name: String?, _ email: String?, _ phone: String?
  ) throws {
    let contact = try Contact(validating: text)
    #expect(contact.name == name)
    #expect(contact.email == email)
    #expect(contact.phone == phone)
  }

  @Test(arguments: [
    ("", "give a name, an e-mail address or a phone"),
    ("Budi <budi@kemenag.go.id", "is not closed by '>'"),
    ("Budi <budi>", "expected one '@' with text on both sides"),
    ("Budi <a@b@c>", "expected one '@'"),
    ("Budi <budi@x.id> call me", "expected digits"),
    ("Budi <budi@x.id> 12", "expected digits"),
    ("Budi\u{1B}[31m <b@x.id>", "control character U+001B"),
  ])
  func aPartThatIsNotWhatItShouldBeIsRefusedWithWhy(_ text: String, _ reason: String) {
    #expect {
      try Contact(validating: text)
    } throws: { error in
      "\(error)".contains(reason)
    }
  }

  @Test func aNameThatWouldReadAsAnAddressOrAPhoneIsPrintedWithEmptyBrackets() throws {
    let digits = try Contact(name: "Tim 2024", email: nil, phone: nil)
    #expect(digits.description == "Tim 2024 <>")
    let at = try Contact(name: "Ani @ Biro", email: nil, phone: "0812 000")
    #expect(at.description == "Ani @ Biro <> 0812 000")
    let plain = try Contact(name: "Budi", email: "b@x.id", phone: "021 555")
    #expect(plain.description == "Budi <b@x.id> 021 555")
  }

  /// Every contact the model accepts prints as text that reads back as the same contact.
  @Test func everyContactReadsBackFromItsOneLineForm() throws {
    var random = SplitMix64(seed: 0xC0_47AC7)
    var checked = 0
    for _ in 0..<3_000 {
      let name = random.chance(0.8) ? random.awkwardLine(maximumLength: 10) : nil
      let email =
        random.chance(0.5) ? "\(random.awkwardLine(maximumLength: 4))x@y.go.id" : nil
      let digits = ["", "+62 ", "(021) ", "0812-"][random.below(4)]
      let phone = random.chance(0.5) ? digits + "\(random.below(99_999) + 100)" : nil
      // Random parts the model refuses are not contacts; the others must come back.
      guard let contact = try? Contact(name: name, email: email, phone: phone) else { continue }
      #expect(try Contact(validating: contact.description) == contact, "\(contact)")
      checked += 1
    }
    #expect(checked > 1_000)
  }

  @Test func aServiceKeepsOneContactPerKeyInTheOrderGiven() throws {
    let first = try Contact(validating: "Budi <budi@x.id>")
    let again = try Contact(validating: "Budi Santoso <BUDI@x.id> 021 555")
    let other = try Contact(validating: "Ani")
    var service = Service(
      id: try ServiceID(validating: "a"), unit: try UnitPath(validating: "pusat"), name: "A")
    service.contacts = [other, first, again]
    #expect(service.contacts == [other, first])
  }
}
