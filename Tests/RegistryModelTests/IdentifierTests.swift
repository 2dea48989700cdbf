import RegistryModel
import Testing

@Suite struct IdentifierTests {
  @Test(arguments: [
    "pusaka", "siakad-uin-jakarta", "a", "0", "sso.v2", "e_rkam", String(repeating: "x", count: 64),
  ])
  func acceptsValidIDs(_ text: String) throws {
    #expect(try ServiceID(validating: text).rawValue == text)
  }

  @Test(arguments: [
    ("../x", "'.'"), ("A", "uppercase"), ("a/b", "path separator"), ("", "empty"),
    (String(repeating: "x", count: 65), "at most 64"), ("akadémik", "not allowed"),
    (".", "'.' and '..'"), ("..", "'.' and '..'"), ("-x", "must start"), ("a b", "space"),
    ("Ω", "must start"),
  ])
  func rejectsInvalidIDs(_ text: String, _ fragment: String) {
    #expect {
      try ServiceID(validating: text)
    } throws: { error in
      guard let error = error as? ModelError,
        case .invalidIdentifier(_, let value, let reason) = error
      else { return false }
      return value == text && (reason.contains(fragment) || error.description.contains(fragment))
    }
  }

  @Test(arguments: ["pusat/setjen", "ptkn/uin-jakarta", "kanwil"])
  func acceptsUnitPaths(_ text: String) throws {
    #expect(try UnitPath(validating: text).description == text)
  }

  @Test(arguments: [
    "", "/pusat", "pusat/", "pusat//x", "pusat/../x", "Pusat/x", "a/b/c/d/e/f/g/h/i",
  ])
  func rejectsUnitPaths(_ text: String) {
    #expect(throws: ModelError.self) { try UnitPath(validating: text) }
  }
}
