import Foundation
import TestSupport
import Testing

/// Past revisions read through git: `--at`, `diff`, `check --since` and SARIF, on real git
/// histories built by the test.
@Suite struct GitRevisionTests {
  /// Runs svcreg on `folder`, with `input` as a script on standard input when given.
  static func svcreg(
    _ arguments: [String], in folder: String, input: String = "",
    directory: String? = nil
  ) throws -> ChildProcess.Outcome {
    try ChildProcess.svcreg(
      ["--registry", folder] + arguments, environment: ["SVCREG_TODAY": "2026-06-01"],
      input: input, currentDirectory: directory)
  }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// A registry in git with a tag `base`: sso, siakad (depending on sso ^2), old, and legacy
  /// (depending on a service that does not exist: an old lock). Then one commit on top: portal
  /// is registered depending on sso ^9 (a new lock), siakad moves to pusat/b, and `old` is
  /// renamed `renamed` by moving its file into the other unit.
  static func history(inSubfolder: Bool = false) throws -> (TemporaryDirectory, String) {
    let folder = TemporaryDirectory(prefix: "svcreg-revisions")
    let registry = inSubfolder ? folder.file("registry") : folder.path
    _ = try svcreg(["init", registry, "--name", "history"], in: registry)
    let start = try svcreg(
      [], in: registry,
      input: """
        add-unit pusat/a --name A
        add-unit pusat/b --name B
        register sso --name "Single Sign-On" --unit pusat/a
        version sso 2.0.0
        register siakad --name "Sistem Akademik" --unit pusat/a
        link siakad sso --range ^2
        register old --name "Aplikasi Lama" --unit pusat/a --url https://lama.example.org
        register legacy --name Legacy --unit pusat/b

        """)
    #expect(start.status == 0, "\(start.errorOutput)")
    // svcreg refuses a link to nothing; a hand edit (or an old import) leaves one.
    let legacy = FileHandle(forWritingAtPath: "\(registry)/services/pusat/b/legacy.toml")!
    legacy.seekToEndOfFile()
    legacy.write(Data("\n[[links]]\nto = \"ghost\"\n".utf8))
    legacy.closeFile()
    try GitMergeTests.git(["init", "-q"], in: folder.path)
    try GitMergeTests.git(["add", "-A"], in: folder.path)
    try GitMergeTests.git(["commit", "-qm", "base"], in: folder.path)
    try GitMergeTests.git(["tag", "base"], in: folder.path)
    let change = try svcreg(
      [], in: registry,
      input: """
        register portal --name Portal --unit pusat/b
        link portal sso --range ^9
        update siakad --unit pusat/b

        """)
    #expect(change.status == 0, "\(change.errorOutput)")
    try GitMergeTests.git(
      ["mv", "\(registry)/services/pusat/a/old.toml", "\(registry)/services/pusat/b/renamed.toml"],
      in: folder.path)
    try GitMergeTests.git(["add", "-A"], in: folder.path)
    try GitMergeTests.git(["commit", "-qm", "change"], in: folder.path)
    return (folder, registry)
  }

  static func ids(_ outcome: ChildProcess.Outcome) throws -> Set<String> {
    let document = try json(outcome.output)
    let services = try #require(document["services"] as? [[String: Any]])
    return Set(services.compactMap { $0["id"] as? String })
  }

  @Test func atShowsTheRegistryAsARevisionHeldIt() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    // Untracked work in progress is in no revision.
    _ = try Self.svcreg(
      ["register", "draft", "--name", "Draft", "--unit", "pusat/a"], in: registry)
    let then = try Self.svcreg(["--at", "base", "list", "--json"], in: registry)
    #expect(then.status == 0, "\(then.errorOutput)")
    #expect(try Self.ids(then) == ["sso", "siakad", "old", "legacy"])
    let head = try Self.svcreg(["--at", "HEAD", "list", "--json"], in: registry)
    #expect(try Self.ids(head) == ["sso", "siakad", "renamed", "legacy", "portal"])
    let now = try Self.svcreg(["list", "--json"], in: registry)
    #expect(try Self.ids(now) == ["sso", "siakad", "renamed", "legacy", "portal", "draft"])
    let siakad = try Self.svcreg(["--at", "base", "show", "siakad", "--json"], in: registry)
    #expect(siakad.output.contains("\"pusat/a\""))
  }

  @Test func atNeverWrites() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    let refused = try Self.svcreg(
      ["--at", "base", "register", "z", "--name", "Z", "--unit", "pusat/a"], in: registry)
    #expect(refused.status == 1)
    #expect(refused.errorOutput.contains("as it was at base, which is read, never written"))
    #expect(!FileManager.default.fileExists(atPath: "\(registry)/services/pusat/a/z.toml"))
    let status = try GitMergeTests.git(["status", "--porcelain"], in: folder.path)
    #expect(status.output.isEmpty, "\(status.output)")
  }

  @Test func revisionsThatDoNotExistOrNoRepositoryAreClearErrors() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    let unknown = try Self.svcreg(["--at", "no-such-branch", "stats"], in: registry)
    #expect(unknown.status == 1)
    #expect(unknown.errorOutput.contains("'no-such-branch' names no commit of this repository"))
    let option = try Self.svcreg(["--at", "--help", "stats"], in: registry)
    #expect(option.status == 1)
    let outside = try RegistryFixture.make(units: ["pusat"])
    defer { outside.remove() }
    let noGit = try Self.svcreg(["diff"], in: outside.path)
    #expect(noGit.status == 1)
    #expect(noGit.errorOutput.contains("is not inside a git repository"))
  }

  @Test func diffSaysWhatChangedInRegistryTerms() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    let outcome = try Self.svcreg(["diff", "base", "--json"], in: registry)
    #expect(outcome.status == 0, "\(outcome.errorOutput)")
    let document = try Self.json(outcome.output)
    let added = try #require(document["added"] as? [[String: Any]])
    #expect(added.map { $0["id"] as? String } == ["portal"])
    #expect((document["removed"] as? [Any])?.isEmpty == true)
    let renamed = try #require(document["renamed"] as? [[String: String]])
    #expect(renamed == [["from": "old", "to": "renamed"]])
    // Renamed across units: the new id is also said to have moved.
    let changed = try #require(document["changed"] as? [[String: Any]])
    #expect(changed.map { $0["id"] as? String } == ["renamed", "siakad"])
    for service in changed {
      let changes = try #require(service["changes"] as? [[String: Any]])
      #expect(changes.first?["change"] as? String == "moved")
      #expect(changes.first?["from"] as? String == "pusat/a")
      #expect(changes.first?["to"] as? String == "pusat/b")
    }
    let findings = try #require(document["findings"] as? [String: [[String: Any]]])
    #expect(findings["introduced"]?.map { $0["code"] as? String } == ["unsatisfiable"])
    #expect(findings["resolved"]?.isEmpty == true)

    // Two revisions, the other way round: what was added is removed, the lock resolved.
    let back = try Self.json(
      try Self.svcreg(["diff", "HEAD", "base", "--json"], in: registry).output)
    #expect((back["removed"] as? [[String: Any]])?.map { $0["id"] as? String } == ["portal"])
    let backFindings = try #require(back["findings"] as? [String: [[String: Any]]])
    #expect(backFindings["resolved"]?.map { $0["code"] as? String } == ["unsatisfiable"])

    // No change since HEAD: nothing to say.
    let none = try Self.svcreg(["diff"], in: registry)
    #expect(none.output.contains("no service changed"))
  }

  @Test func diffAsMarkdownIsAPullRequestComment() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    _ = try Self.svcreg(
      ["update", "portal", "--description", "a | pipe and <b>markup</b>"], in: registry)
    let outcome = try Self.svcreg(["diff", "base", "--format", "markdown"], in: registry)
    #expect(outcome.status == 0, "\(outcome.errorOutput)")
    let text = outcome.output
    #expect(text.hasPrefix("### svcreg: `base` → `working tree`\n"))
    #expect(text.contains("#### Findings introduced\n\n- **error** `unsatisfiable`: "))
    #expect(text.contains("| `portal` | `pusat/b` | Portal | application |"))
    #expect(text.contains("- `old` → `renamed`"))
    #expect(text.contains("  - moved from pusat/a to pusat/b"))
    // Text from the registry never becomes markup.
    #expect(!text.contains("<b>"))
  }

  @Test func checkSinceReportsOnlyWhatTheChangesIntroduced() throws {
    let (folder, registry) = try Self.history()
    defer { folder.remove() }
    let all = try Self.svcreg(["check"], in: registry)
    #expect(all.status == 1)
    #expect(all.output.contains("[missing-target]") && all.output.contains("[unsatisfiable]"))
    let since = try Self.svcreg(["check", "--since", "base"], in: registry)
    #expect(since.status == 1)
    #expect(since.output.contains("[unsatisfiable]"))
    #expect(!since.output.contains("[missing-target]"))
    #expect(since.output.contains("1 error, 0 warnings introduced since base; 0 resolved"))
    // Fixing the new lock lets the gate pass, though the old lock is still there.
    _ = try Self.svcreg(["unlink", "portal", "sso"], in: registry)
    let fixed = try Self.svcreg(["check", "--since", "base"], in: registry)
    #expect(fixed.status == 0, "\(fixed.output)")
    #expect(fixed.output.contains("no findings introduced since base; 0 resolved"))
    #expect(try Self.svcreg(["check"], in: registry).status == 1)
  }

  @Test(arguments: [false, true])
  func sarifPointsAtTheLineOfTheLinkForARealReader(inSubfolder: Bool) throws {
    let (folder, registry) = try Self.history(inSubfolder: inSubfolder)
    defer { folder.remove() }
    let outcome = try Self.svcreg(["check", "--format", "sarif"], in: registry)
    #expect(outcome.status == 1)
    try folder.write(outcome.output, to: "check.sarif")
    // sarif-tools, as CI would run it: it must load the log and see both results.
    let script = """
      import sys
      from sarif import loader
      log = loader.load_sarif_file(sys.argv[1])
      for result in log.get_results():
          location = result["locations"][0]["physicalLocation"]
          print(result["ruleId"], location["artifactLocation"]["uri"],
                location.get("region", {}).get("startLine"))
      print("results", log.get_result_count())
      """
    let reader = try ChildProcess.run(
      URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, folder.file("check.sarif")])
    #expect(reader.status == 0, "\(reader.errorOutput)")
    let prefix = inSubfolder ? "registry/" : ""
    let portal = try String(
      contentsOfFile: "\(registry)/services/pusat/b/portal.toml", encoding: .utf8)
    let line = try #require(
      portal.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.hasPrefix("to = \"sso\"")
      })
    #expect(
      reader.output.contains("unsatisfiable \(prefix)services/pusat/b/portal.toml \(line + 1)"))
    #expect(reader.output.contains("missing-target \(prefix)services/pusat/b/legacy.toml"))
    #expect(reader.output.contains("results 2"))
  }
}
