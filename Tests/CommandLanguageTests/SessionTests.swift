import Foundation
import RegistryModel
import RegistryStore
import TestSupport
import Testing

@testable import CommandLanguage

/// The semantics of each command, run in-process on a real registry folder.
@Suite struct SessionTests {
  let folder: TemporaryDirectory
  var session: Session

  init() throws {
    folder = try RegistryFixture.make(units: ["pusat/setjen", "ptkn/uin-jakarta"])
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "tester"))
  }

  /// Runs lines, expecting each to succeed, and returns the last output.
  @discardableResult
  mutating func ok(_ lines: String...) -> String {
    var last = ""
    for line in lines {
      let result = session.execute(line: line)
      #expect(result.exitStatus == 0, "\(line): \(result.errorOutput)")
      last = result.output
    }
    return last
  }

  /// Runs a line expecting it to fail with `status` and an error containing `fragment`.
  mutating func fails(_ line: String, _ fragment: String, status: Int32 = 1) {
    let result = session.execute(line: line)
    #expect(result.exitStatus == status, "\(line): \(result.output)")
    #expect(result.errorOutput.contains(fragment), "\(line): \(result.errorOutput)")
  }

  func onDisk() throws -> Registry { try RegistryStore.open(at: folder.path).registry }

  @Test mutating func findMatchesEveryWordInAnyOrderAndField() throws {
    ok(
      "register siakad --name 'Sistem Informasi Akademik' --unit ptkn/uin-jakarta --tag kampus",
      "register simpeg --name 'Sistem Kepegawaian' --unit pusat/setjen --tag kampus")
    #expect(ok("find akademik sistem").contains("siakad"))
    #expect(!ok("find akademik sistem").contains("simpeg"))
    // Words from different fields: the name and a tag.
    #expect(ok("find kampus kepegawaian").contains("simpeg"))
    #expect(ok("find kampus kepegawaian").contains("1 found"))
    // A quoted phrase is one word: its parts must stand together.
    #expect(ok("find 'akademik sistem'").contains("nothing matches"))
  }

  @Test mutating func findIgnoresCaseLooksInEveryFieldAndSeesChanges() throws {
    ok(
      "register siakad --name 'Sistem Informasi Akademik' --unit ptkn/uin-jakarta --tag akademik",
      "register pusaka --name PUSAKA --unit pusat/setjen --url https://pusaka.kemenag.go.id")
    #expect(ok("find AKADEMIK").contains("siakad"))
    #expect(!ok("find akademik").contains("pusaka"))
    #expect(ok("find kemenag.go").contains("pusaka"))
    #expect(ok("find haji").contains("nothing matches 'haji'"))
    // The index is rebuilt after a change, so what was just registered is found.
    ok("register siskohat --name 'Haji Terpadu' --unit pusat/setjen")
    #expect(ok("find haji").contains("siskohat"))
    let json = ok("find --json akademik")
    #expect(json.contains("\"id\":\"siakad\"") || json.contains("\"id\": \"siakad\""))
  }

  @Test mutating func showListsDependentsInIDOrderWithOrWithoutAGraph() throws {
    ok(
      "register sso --name SSO --unit pusat/setjen",
      "register zeta --name Zeta --unit pusat/setjen",
      "register alpha --name Alpha --unit ptkn/uin-jakarta",
      "register mid --name Mid --unit pusat/setjen",
      "link zeta sso", "link alpha sso", "link mid sso")
    let scanned = ok("show sso")
    #expect(scanned.contains("depended on by (3): alpha, mid, zeta"))
    ok("deps sso")  // builds the graph the next show reads
    #expect(ok("show sso") == scanned)
    #expect(!ok("show alpha").contains("depended on by"))
  }

  @Test mutating func registerRefusesAnExistingID() throws {
    ok("register pusaka --name PUSAKA --unit pusat/setjen")
    fails(
      "register pusaka --name Other --unit ptkn/uin-jakarta",
      "already exists (in unit pusat/setjen)")
    fails("register Pusaka --name X --unit pusat/setjen", "uppercase")
    fails("register x --name X --unit nowhere/else", "no unit 'nowhere/else'")
    fails("register x --name '' --unit pusat/setjen", "invalid name: it is empty")
    #expect(try onDisk().services.count == 1)
  }

  @Test mutating func versionRefusesDuplicatesAndNonSemver() throws {
    ok(
      "register pusaka --name PUSAKA --unit pusat/setjen", "version pusaka 1.2.0 --date 2024-01-31")
    fails("version pusaka 1.2.0", "already has version 1.2.0")
    fails("version pusaka 1.2", "MAJOR.MINOR.PATCH")
    fails("version pusaka 1.3.0 --date 2024-02-30", "invalid date '2024-02-30'")
    let versions = try #require(try onDisk().services[ServiceID(validating: "pusaka")]).versions
    #expect(versions.map(\.released?.description) == ["2024-01-31"])
  }

  @Test mutating func updateWithANewUnitMovesTheFile() throws {
    ok(
      "register simpeg --name SIMPEG --unit pusat/setjen --tag hr",
      "update simpeg --unit ptkn/uin-jakarta --add-tag kepegawaian --remove-tag hr --url https://x")
    #expect(
      !FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/simpeg.toml")))
    let text = try folder.read("services/ptkn/uin-jakarta/simpeg.toml")
    #expect(text.contains("tags = [\"kepegawaian\"]"))
    #expect(text.contains("url = \"https://x\""))
    fails("update simpeg", "nothing to change", status: 2)
  }

  @Test mutating func linkOutsideABatchNeedsAnExistingTarget() throws {
    ok("register a --name A --unit pusat/setjen")
    fails("link a b", "no service 'b'")
    ok("register b --name B --unit pusat/setjen", "link a b --range '^1.2' --kind data")
    fails("link a b", "already links to 'b'")
    fails("link a b --range '^^1'", "ranges use npm's grammar")
    ok("unlink a b")
    fails("unlink a b", "has no link to 'b'")
  }

  @Test mutating func linkInsideABatchIsCheckedAtCommit() throws {
    ok("register a --name A --unit pusat/setjen", "begin", "link a later")
    #expect(session.isInBatch)
    fails("commit", "links to services that do not exist: a -> later")
    // Refused, the batch stays open for repair, and nothing was written.
    #expect(session.isInBatch)
    #expect(try onDisk().services.values.allSatisfy { $0.links.isEmpty })
    ok("rollback")
    ok("begin", "link a later", "register later --name L --unit pusat/setjen", "commit")
    #expect(try onDisk().linkCount == 1)
  }

  @Test mutating func deprecateNeedsAnExistingReplacement() throws {
    ok("register old --name Old --unit pusat/setjen", "version old 1.0.0")
    fails("deprecate old --reason gone --replaced-by new", "no service 'new'")
    ok("register new --name New --unit pusat/setjen", "version new 2.0.0")
    fails("deprecate old --reason gone --replaced-by new@3.0.0", "has no version 3.0.0")
    ok("deprecate old --reason 'gone for good' --replaced-by new@^2 --sunset 2025-06-30")
    let old = try #require(try onDisk().services[ServiceID(validating: "old")])
    #expect(old.lifecycle == .deprecated)
    #expect(old.deprecation?.replacedBy?.description == "new@^2")
    fails("deprecate old --reason again", "is deprecated and cannot become deprecated")
    ok("undeprecate old")
    fails("undeprecate old", "is not deprecated")
    ok("deprecate old@1.0.0 --reason 'security'")
    #expect(
      try onDisk().services[ServiceID(validating: "old")]?.versions[0].lifecycle == .deprecated)
  }

  @Test mutating func retireIsRefusedWhileActiveServicesDependUnlessForced() throws {
    ok(
      "register sso --name SSO --unit pusat/setjen", "version sso 1.0.0", "version sso 2.0.0",
      "register app --name App --unit pusat/setjen", "link app sso --range ^1")
    fails("retire sso", "still depended on by active services: app")
    fails("retire sso@1.0.0", "still depended on by active services: app")
    ok("retire sso@2.0.0")
    ok("retire sso --force")
    #expect(try onDisk().services[ServiceID(validating: "sso")]?.lifecycle == .retired)
  }

  @Test mutating func everyChangeIsJournalledWithItsActor() throws {
    ok("register a --name 'A \"quoted\" name' --unit pusat/setjen", "version a 1.0.0")
    fails("version a 1.0.0", "already has")
    let entries = try Journal.entries(inRegistryAt: folder.path)
    #expect(entries.map(\.actor) == ["tester", "tester"])
    #expect(entries[0].command == "register a --name 'A \"quoted\" name' --unit pusat/setjen")
    #expect(entries[1].ids == ["a"])
    let log = ok("log a --json")
    #expect(log.contains("\"actor\":\"tester\""))
  }

  @Test mutating func jsonShapesAreTheDocumentedOnes() throws {
    ok(
      "register b --name 'Sistem B' --unit pusat/setjen --tag z --tag a", "version b 1.0.0",
      "version b 2.0.0-rc.1 --lifecycle planned", "register a --name A --unit ptkn/uin-jakarta")
    let list =
      try JSONSerialization.jsonObject(with: Data(ok("list --json").utf8)) as! [String: Any]
    let services = list["services"] as! [[String: Any]]
    #expect(services.map { $0["id"] as! String } == ["a", "b"])
    #expect(
      Set(services[1].keys) == [
        "id", "name", "unit", "kind", "lifecycle", "owner", "tags", "versions",
      ])
    #expect(services[1]["tags"] as! [String] == ["a", "z"])
    #expect(services[1]["versions"] as! [String] == ["2.0.0-rc.1", "1.0.0"])
    let versions =
      try JSONSerialization.jsonObject(
        with: Data(ok("versions b --matching '>=1' --json").utf8)) as! [String: Any]
    let rows = versions["versions"] as! [[String: Any]]
    #expect(rows.map { $0["version"] as! String } == ["1.0.0"])
    #expect(rows[0]["lifecycle"] as! String == "active")
    let stats =
      try JSONSerialization.jsonObject(with: Data(ok("stats --json").utf8)) as! [String: Any]
    #expect(stats["services"] as! Int == 2)
    #expect(stats["links"] as! Int == 0)
    #expect(stats["units"] as! Int == 2)
    #expect((stats["lifecycle"] as! [String: Int])["active"] == 2)
    let error = session.execute(line: "show nope --json")
    #expect(error.output == "{\"error\":{\"message\":\"no service 'nope'\",\"exit\":1}}\n")
  }

  @Test mutating func rollbackDropsTheBatch() throws {
    ok("begin", "register a --name A --unit pusat/setjen", "version a 1.0.0")
    #expect(ok("list").contains("a "))
    ok("rollback")
    #expect(try onDisk().services.isEmpty)
    #expect(try Journal.entries(inRegistryAt: folder.path).isEmpty)
    fails("rollback", "no batch is open")
    fails("commit", "no batch is open")
  }

  @Test mutating func commitRefusesWhenAnotherProcessChangedTheSameFile() throws {
    ok("register a --name A --unit pusat/setjen", "begin", "update a --name Mine")
    try folder.write(
      RegistryFixture.service("Theirs"), to: "services/pusat/setjen/a.toml")
    fails("commit", "changed on disk since they were read")
    #expect(try onDisk().services[ServiceID(validating: "a")]?.name == "Theirs")
  }

  @Test mutating func aChangeByAnotherProcessIsSeenBeforeTheNextCommand() throws {
    ok("register a --name A --unit pusat/setjen")
    try folder.write(RegistryFixture.service("From git"), to: "services/pusat/setjen/b.toml")
    #expect(ok("show b").contains("From git"))
  }

  @Test mutating func fmtRewritesHandWrittenFilesInCanonicalForm() throws {
    try folder.write("kind = \"api\"\nname = \"X\"\n", to: "services/pusat/setjen/x.toml")
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    let check = session.execute(line: "fmt --check")
    #expect(check.exitStatus == 1)
    #expect(check.output.contains("not canonical: \(folder.path)/services/pusat/setjen/x.toml"))
    ok("fmt")
    #expect(
      try folder.read("services/pusat/setjen/x.toml")
        == "name = \"X\"\nkind = \"api\"\nlifecycle = \"active\"\n")
    #expect(ok("fmt --check") == "every file is in canonical form\n")
  }

  @Test mutating func aBrokenServiceCanBeNamedButNotOverwritten() throws {
    try folder.write("name = \"half", to: "services/pusat/setjen/broken.toml")
    session = try Session(options: SessionOptions(registryPath: folder.path, actor: "t"))
    fails("show broken", "broken.toml:1:")
    fails("register broken --name B --unit pusat/setjen", "repair or delete it first")
    fails("version broken 1.0.0", "cannot be changed until its file is repaired")
    #expect(ok("stats").contains("broken files: 1"))
  }

  @Test mutating func helpComesFromTheTable() throws {
    let all = ok("help")
    for command in CommandTable.standard.commands { #expect(all.contains(command.name)) }
    let one = ok("help link")
    #expect(one.contains("usage: link FROM TO [--range RANGE] [--kind K] [--note TEXT]"))
    #expect(one.contains("--range RANGE"))
    fails("help lnk", "did you mean 'link'?", status: 2)
  }

  @Test mutating func quitEndsTheSession() {
    #expect(session.execute(line: "quit").shouldQuit)
  }
}

/// A shell keeps noticing changes made by others, command after command.
@Suite struct LongLivedSessionTests {
  /// With a watcher, and without one (a one-shot session, which skips only the reread right
  /// after opening), every command after the first sees what changed before it.
  @Test(arguments: [true, false])
  func everyCommandSeesTheFilesAsTheyAreNow(watchingFiles: Bool) throws {
    let folder = try RegistryFixture.make(units: ["pusat/setjen"])
    defer { folder.remove() }
    var session = try Session(
      options: SessionOptions(registryPath: folder.path, actor: "t"),
      watchingFiles: watchingFiles)
    if !watchingFiles { #expect(session.watcher == nil) }
    // The first command runs on the files as opened.
    #expect(session.execute(line: "stats").exitStatus == 0)
    for round in 0..<4 {
      try folder.write(
        RegistryFixture.service("Round \(round)"), to: "services/pusat/setjen/s\(round).toml")
      try folder.write(
        RegistryFixture.service("Edited \(round)"), to: "services/pusat/setjen/s0.toml")
      let listing = session.execute(line: "list --json").output
      #expect(listing.contains("\"id\":\"s\(round)\""), "round \(round): \(listing)")
      #expect(session.execute(line: "show s0").output.contains("Edited \(round)"))
    }
  }
}
