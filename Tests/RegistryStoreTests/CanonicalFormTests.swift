import Foundation
import RegistryModel
import Testing

@testable import RegistryStore

@Suite struct CanonicalFormTests {
  static let canonical = """
    name = "Sistem Informasi Akademik — UIN \\"Syarif\\" Hidayatullah"
    kind = "application"
    lifecycle = "active"
    tags = ["akademik", "kampus"]
    url = "https://siakad.uinjkt.ac.id"
    description = "Course registration, grades\\nand transcripts."

    [[versions]]
    version = "3.2.0"
    released = 2024-08-01

    [[versions]]
    version = "2.4.1"
    lifecycle = "deprecated"
    deprecation = { reason = "Security support ended", replaced-by = "siakad-uin-jakarta@^3", sunset = 2025-06-30 }

    [[links]]
    to = "sso-uin-jakarta"
    range = "^2"
    kind = "auth"

    """

  @Test func canonicalFileIsLeftByteIdentical() throws {
    let id = try ServiceID(validating: "siakad-uin-jakarta")
    let unit = try UnitPath(validating: "ptkn/uin-jakarta")
    let service = try ServiceCodec.decode(Self.canonical, id: id, unit: unit, filePath: "x.toml")
    #expect(ServiceCodec.encode(service) == Self.canonical)
    #expect(service.name.contains("—"))
    #expect(service.versions.map(\.version.description) == ["3.2.0", "2.4.1"])
  }
}
