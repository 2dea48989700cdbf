import Foundation
import TestSupport
import Testing

/// The README's CI jobs and pre-commit hook, run as written against real git repositories: the
/// `svcreg` lines are taken from the README itself, so that what users copy is what is tested.
@Suite struct GitRecipeTests {
  typealias Git = GitMergeTests

  /// The README's fenced blocks of `language` under the heading "CI and a pre-commit hook".
  static func readmeBlocks(_ language: String) throws -> [String] {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let start = try #require(text.range(of: "### CI and a pre-commit hook"))
    var blocks: [String] = []
    var current: [Substring]? = nil
    for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") { break }
      if current == nil, line == "```\(language)" {
        current = []
      } else if current != nil, line == "```" {
        blocks.append(current!.joined(separator: "\n"))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// The svcreg command lines of a CI job, as its shell would run them.
  static func svcregLines(of job: String) -> [String] {
    job.split(separator: "\n").compactMap { line in
      var command = line.drop { $0 == " " }
      if command.hasPrefix("- ") { command = command.dropFirst(2) }
      return command.hasPrefix("svcreg ") ? String(command) : nil
    }
  }

  /// A clone whose `origin/main` holds a registry in `registry/` with an old lock (legacy
  /// depends on a service that does not exist), on a branch `feature` made by `change`.
  static func clone(_ change: (String) throws -> Void) throws -> TemporaryDirectory {
    let folder = TemporaryDirectory(prefix: "svcreg-recipe")
    let upstream = folder.file("upstream")
    let registry = "\(upstream)/registry"
    _ = try ChildProcess.svcreg(["init", registry, "--name", "ci"])
    let setUp = try ChildProcess.svcreg(
      ["--registry", registry],
      input: """
        add-unit pusat/a --name A
        register sso --name SSO --unit pusat/a
        version sso 2.0.0
        register legacy --name Legacy --unit pusat/a

        """)
    #expect(setUp.status == 0, "\(setUp.errorOutput)")
    try folder.write(
      try folder.read("upstream/registry/services/pusat/a/legacy.toml")
        + "\n[[links]]\nto = \"ghost\"\n", to: "upstream/registry/services/pusat/a/legacy.toml")
    try Git.git(["init", "-q"], in: upstream)
    try Git.git(["add", "-A"], in: upstream)
    try Git.git(["commit", "-qm", "registry"], in: upstream)
    try Git.git(["clone", "-q", upstream, folder.file("work")], in: folder.path)
    try Git.git(["checkout", "-qb", "feature"], in: folder.file("work"))
    try change(folder.file("work/registry"))
    try Git.git(["add", "-A"], in: folder.file("work"))
    try Git.git(["commit", "-qm", "feature", "--allow-empty"], in: folder.file("work"))
    return folder
  }

  /// Runs `lines` with `sh -e` in the clone, svcreg on `PATH`, as a CI runner would.
  static func run(_ lines: [String], in folder: TemporaryDirectory) throws -> ChildProcess.Outcome {
    let path = BuiltProducts.folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    return try ChildProcess.run(
      URL(fileURLWithPath: "/bin/sh"), ["-e", "-c", lines.joined(separator: "\n")],
      environment: ["PATH": path, "GITHUB_STEP_SUMMARY": folder.file("summary.md")],
      currentDirectory: folder.file("work"))
  }

  static func register(_ registry: String, _ lines: String) throws {
    let outcome = try ChildProcess.svcreg(["--registry", registry], input: lines)
    #expect(outcome.status == 0, "\(outcome.errorOutput)")
  }

  @Test func theREADMEHasBothJobsAndTheHook() throws {
    let jobs = try Self.readmeBlocks("yaml")
    #expect(jobs.count == 2)
    for job in jobs {
      let lines = Self.svcregLines(of: job)
      #expect(lines.count == 3, "\(job)")
      #expect(lines.contains { $0.contains("check --since origin/main --format sarif") })
      #expect(lines.contains { $0.contains("diff origin/main --format markdown") })
      #expect(lines.contains { $0.contains("fmt --check") })
    }
    #expect(try Self.readmeBlocks("sh").count == 1)
  }

  @Test(arguments: [0, 1])
  func aCleanBranchPassesThoughOldLocksRemain(job: Int) throws {
    let lines = Self.svcregLines(of: try Self.readmeBlocks("yaml")[job])
    let folder = try Self.clone { registry in
      try Self.register(registry, "register portal --name Portal --unit pusat/a\n")
    }
    defer { folder.remove() }
    let outcome = try Self.run(lines, in: folder)
    #expect(outcome.status == 0, "\(outcome.output)\(outcome.errorOutput)")
    let markdown =
      job == 0 ? try folder.read("summary.md") : try folder.read("work/svcreg-diff.md")
    #expect(markdown.contains("| `portal` | `pusat/a` | Portal | application |"))
    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(folder.read("work/svcreg.sarif").utf8))
        as? [String: Any])
    let runs = try #require(sarif["runs"] as? [[String: Any]])
    #expect((runs.first?["results"] as? [Any])?.isEmpty == true)
  }

  @Test(arguments: [0, 1])
  func aBranchThatBringsANewLockFailsWithItsSARIF(job: Int) throws {
    let lines = Self.svcregLines(of: try Self.readmeBlocks("yaml")[job])
    let folder = try Self.clone { registry in
      try Self.register(
        registry, "register portal --name Portal --unit pusat/a\nlink portal sso --range ^9\n")
    }
    defer { folder.remove() }
    let outcome = try Self.run(lines, in: folder)
    #expect(outcome.status == 1, "\(outcome.output)\(outcome.errorOutput)")
    let sarif = try folder.read("work/svcreg.sarif")
    #expect(sarif.contains("\"ruleId\":\"unsatisfiable\""))
    #expect(!sarif.contains("\"ruleId\":\"missing-target\""))
    #expect(sarif.contains("\"uri\":\"registry/services/pusat/a/portal.toml\""))
  }

  @Test(arguments: [0, 1])
  func aFileNotInCanonicalFormFailsTheJob(job: Int) throws {
    let lines = Self.svcregLines(of: try Self.readmeBlocks("yaml")[job])
    let folder = try Self.clone { registry in
      let file = "\(registry)/services/pusat/a/sso.toml"
      let text = try String(contentsOfFile: file, encoding: .utf8)
      try ("# edited by hand\n" + text).write(toFile: file, atomically: true, encoding: .utf8)
    }
    defer { folder.remove() }
    let outcome = try Self.run(lines, in: folder)
    #expect(outcome.status == 1)
    #expect(outcome.output.contains("services/pusat/a/sso.toml"), "\(outcome.output)")
  }

  @Test func thePreCommitHookRefusesANewErrorAndLetsCleanWorkThrough() throws {
    let hook = try #require(try Self.readmeBlocks("sh").first)
    let folder = try Self.clone { _ in }
    defer { folder.remove() }
    let work = folder.file("work")
    let hookPath = "\(work)/.git/hooks/pre-commit"
    try (hook + "\n").write(toFile: hookPath, atomically: true, encoding: .utf8)
    chmod(hookPath, 0o755)
    let path = BuiltProducts.folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")
    func commit(_ message: String) throws -> ChildProcess.Outcome {
      try Git.git(["add", "-A"], in: work)
      return try ChildProcess.run(
        URL(fileURLWithPath: "/usr/bin/git"),
        ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", message],
        environment: ["PATH": path], currentDirectory: work)
    }
    try Self.register("\(work)/registry", "register portal --name Portal --unit pusat/a\n")
    let clean = try commit("portal")
    #expect(clean.status == 0, "\(clean.output)\(clean.errorOutput)")
    try Self.register("\(work)/registry", "link portal sso --range ^9\n")
    let refused = try commit("a new lock")
    #expect(refused.status != 0)
    // git shows a hook's output on standard error.
    let said = refused.output + refused.errorOutput
    #expect(said.contains("[unsatisfiable]"), "\(said)")
    #expect(!said.contains("[missing-target]"))
  }
}
