import RegistryModel
import Testing

/// References print as they read back, so that a file svcreg rewrites still parses.
@Suite struct ReferenceTests {
  @Test(arguments: ["sso@", "sso@ ", "sso@\t  ", "sso@\u{FEFF}"])
  func nothingAfterTheAtIsRefused(_ text: String) {
    #expect(throws: ModelError.self) { try Reference(validating: text) }
  }

  @Test(arguments: [
    "sso", "sso@1.2.3", "sso@^2", "sso@ ^2 ", "sso@>=1.0.0 <2", "sso@1.x || 3", "sso@*",
    "sso@2.0.0-rc.1", "sso@ 1.2.3",
  ])
  func whatIsPrintedReadsBackTheSame(_ text: String) throws {
    let reference = try Reference(validating: text)
    #expect(try Reference(validating: reference.description) == reference)
  }
}
