import RegistryModel
import RegistryStore

/// A small registry made to break exporters and importers: three units (one inside another),
/// a loop of two services and a self-link, a deprecated and a retired service, a planned one
/// linking to an unregistered id, and names and texts holding quotes, backslashes, `<>`, `{}`,
/// `;`, `%`, formula starts (`=cmd|' /C calc'!A0`), line breaks and non-ASCII.
///
/// Every value is one the model accepts, so the registry also goes to disk and back.
public enum HostileRegistry {
  /// The registry.
  public static var registry: Registry {
    var builder = RegistryBuilder(name: "Test \"estate\" <1> \\ {x}", units: [])
    builder.addUnit(
      "pusat/setjen", name: "Sekretariat Jenderal \"Setjen\" / Biro {Umum} <HR>", level: .central)
    builder.addUnit("pusat/setjen/biro-umum", name: "Biro Umum & Keuangan", level: .central)
    builder.addUnit(
      "ptkn/uin-jakarta", name: "UIN Syarif Hidayatullah Jakarta — ñ", level: .university)

    builder.service(
      "sso", versions: ["2.1.0", "1.0.0"], unit: "pusat/setjen",
      name: "Single Sign-On \"SSO\" \\ <main>", kind: "platform", tags: ["auth", "platform; core"],
      url: "https://sso.example.go.id/?a=1&b=2",
      description: "Login for everyone.\nSecond line, with \"quotes\" and \\backslash.")
    builder.edit("sso") { service in
      service.owner = "pusat/setjen"
      service.contacts = [
        // A cell that starts with '+', which a spreadsheet would run as a formula.
        try! Contact(name: nil, email: nil, phone: "+62 21 5550"),
        try! Contact(
          name: "Tim \"SSO\"; Helpdesk = 100%", email: "sso+help@kemenag.go.id",
          phone: "+62 (21) 381-1642"),
        // Its name ends in digits and holds '@': the one-line form needs '<>' to keep it.
        try! Contact(name: "Ani @ Biro 2024", email: nil, phone: nil),
      ]
      service.versions[0].released = RegistryBuilder.date("2024-01-15")
      service.versions[0].notes = "Faster: 2x; fewer bugs, 100%"
    }
    builder.deprecate(
      "sso@1.0.0", reason: "Security support ended:\nupgrade to ^2", replacedBy: "sso@^2",
      sunset: "2025-06-30")

    builder.service(
      "siakad-uin-jakarta", versions: ["3.2.0", "2.4.1"], unit: "ptkn/uin-jakarta",
      name: "Sistem Informasi Akademik — Jakarta (ñ, é, 日本語)", tags: ["akademik"])
    builder.edit("siakad-uin-jakarta") { service in
      service.owner = "=Tim Akademik; \"Pusat\" <PTIPD>"
    }
    builder.link(
      "siakad-uin-jakarta", "sso", "^2", kind: "auth", note: "Login via SSO;\nsee \"docs\"")
    builder.link("siakad-uin-jakarta", "pddikti-feeder", "^1", kind: "feeder")

    builder.service(
      "pddikti-feeder", versions: ["1.3.0"], unit: "ptkn/uin-jakarta", name: "PDDikti {Feeder}")
    builder.link("pddikti-feeder", "siakad-uin-jakarta", kind: "data")

    builder.service(
      "excel-macro", unit: "pusat/setjen/biro-umum", name: "=cmd|' /C calc'!A0",
      tags: ["=HYPERLINK(\"x\")", "'=already quoted"], description: "-2+3 @SUM(A1)\t")
    builder.link("excel-macro", "excel-macro", ">=1 <2 || 3.x")

    builder.service(
      "legacy-portal", versions: ["1.0.0"], unit: "pusat/setjen",
      name: "Legacy {portal} & <b>bold</b>")
    builder.deprecate(
      "legacy-portal", reason: "Replaced by SSO; see \"plan\"", replacedBy: "sso@^2",
      sunset: "2025-06-30")
    builder.link("legacy-portal", "sso", "~1.0", kind: "auth")
    builder.link("legacy-portal", "old-mail")

    builder.service(
      "old-mail", versions: ["1.0.0"], unit: "pusat/setjen", name: "Old mail\\server #1 %%{init}%%")
    builder.retire("old-mail")

    builder.service(
      "planned-app", .planned, unit: "ptkn/uin-jakarta", name: "+Planned @app `tick`")
    builder.link("planned-app", "ghost-service", note: "tab\there")
    var registry = builder.registry
    registry.units[UnitPath("pusat/setjen")!]!.aliases = ["Setjen", "SJ; Biro, 100%"]
    return registry
  }

  /// Writes the registry as a registry folder at `path`, which must not be a registry yet.
  public static func write(to path: String) throws {
    let registry = self.registry
    var store = try RegistryStore.create(at: path, name: registry.settings.name)
    let lock = try store.lockForWriting()
    try store.save(
      StoreUpdate(services: registry.services.mapValues { $0 }, units: registry.units),
      holding: lock)
  }
}
