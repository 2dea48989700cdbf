import Foundation
import RegistryStore
import TestSupport
import Testing

/// svcreg's merge driver under real `git merge` runs: changes to one service file (or to
/// units.toml) on two branches merge field by field; real conflicts stay conflicts.
@Suite struct GitMergeDriverTests {
  typealias Git = GitMergeTests

  static func svcreg(_ arguments: [String], in folder: String) throws {
    let outcome = try ChildProcess.svcreg(["--registry", folder] + arguments)
    #expect(outcome.status == 0, "\(arguments): \(outcome.errorOutput)")
  }

  /// A registry in git holding service x (version 1.0.0, linked to sso) with the merge driver
  /// set up (when `driver`), and two branches `one` and `two` made by `one` and `two`.
  static func branches(
    driver: Bool, one: (String) throws -> Void, two: (String) throws -> Void
  ) throws -> TemporaryDirectory {
    let folder = TemporaryDirectory(prefix: "svcreg-merge")
    let registry = folder.path
    try svcreg(["init", registry, "--name", "shared"], in: registry)
    try svcreg(["add-unit", "pusat/a", "--name", "A"], in: registry)
    try svcreg(["register", "sso", "--name", "SSO", "--unit", "pusat/a"], in: registry)
    try svcreg(["register", "x", "--name", "X", "--unit", "pusat/a", "--tag", "t"], in: registry)
    try svcreg(["version", "x", "1.0.0"], in: registry)
    try svcreg(["link", "x", "sso"], in: registry)
    try Git.git(["init", "-q"], in: registry)
    if driver {
      let setup = try ChildProcess.svcreg(["init", registry])
      #expect(setup.output.contains("set git's merge driver"), "\(setup.output)")
    }
    try Git.git(["add", "-A"], in: registry)
    try Git.git(["commit", "-qm", "start"], in: registry)
    func commit(_ branch: String, _ change: (String) throws -> Void) throws {
      try Git.git(["checkout", "-q", "-b", branch, "main"], in: registry)
      try change(registry)
      try Git.git(["add", "-A"], in: registry)
      try Git.git(["commit", "-qm", branch], in: registry)
    }
    try commit("one", one)
    try commit("two", two)
    try Git.git(["checkout", "-q", "one"], in: registry)
    return folder
  }

  static func merge(_ folder: TemporaryDirectory) throws -> ChildProcess.Outcome {
    try Git.git(["merge", "-q", "two", "-m", "merge"], in: folder.path, allowFailure: true)
  }

  static func addsVersionOnOneAndTwo(driver: Bool) throws -> TemporaryDirectory {
    try branches(
      driver: driver,
      one: { try Self.svcreg(["version", "x", "1.1.0"], in: $0) },
      two: { try Self.svcreg(["version", "x", "2.0.0"], in: $0) })
  }

  @Test func versionsAddedOnBothSidesConflictForGitsLineMerge() throws {
    // The control: what the driver is for.
    let folder = try Self.addsVersionOnOneAndTwo(driver: false)
    defer { folder.remove() }
    #expect(try Self.merge(folder).status != 0)
  }

  @Test func versionsAddedOnBothSidesAreBothKept() throws {
    let folder = try Self.addsVersionOnOneAndTwo(driver: true)
    defer { folder.remove() }
    let merge = try Self.merge(folder)
    #expect(merge.status == 0, "\(merge.output)\(merge.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.brokenFiles.isEmpty)
    let x = try #require(store.registry.services[RegistryBuilder.id("x")])
    #expect(x.versions.map(\.version.description) == ["2.0.0", "1.1.0", "1.0.0"])
    // What the driver wrote is canonical: `fmt --check` has nothing to say.
    let format = try ChildProcess.svcreg(["--registry", folder.path, "fmt", "--check"])
    #expect(format.status == 0, "\(format.output)")
  }

  @Test func fieldsLinksAndTagsChangedOnEachSideAllLand() throws {
    let folder = try Self.branches(
      driver: true,
      one: { registry in
        try Self.svcreg(["update", "x", "--name", "X One", "--add-tag", "one"], in: registry)
        try Self.svcreg(["register", "mail", "--name", "Mail", "--unit", "pusat/a"], in: registry)
        try Self.svcreg(["link", "x", "mail", "--range", "^1"], in: registry)
      },
      two: { registry in
        try Self.svcreg(
          ["update", "x", "--description", "from two", "--remove-tag", "t"], in: registry)
        try Self.svcreg(["unlink", "x", "sso"], in: registry)
      })
    defer { folder.remove() }
    let merge = try Self.merge(folder)
    #expect(merge.status == 0, "\(merge.output)\(merge.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    let x = try #require(store.registry.services[RegistryBuilder.id("x")])
    #expect(x.name == "X One")
    #expect(x.description == "from two")
    #expect(x.tags == ["one"])
    #expect(x.links.map(\.target.rawValue) == ["mail"])
  }

  @Test func anOwnerSetOnOneSideAndContactsAddedOnBothLand() throws {
    let folder = try Self.branches(
      driver: true,
      one: { registry in
        try Self.svcreg(
          ["update", "x", "--owner", "pusat/a", "--add-contact", "Budi <budi@x.id>"], in: registry)
      },
      two: { registry in
        try Self.svcreg(["update", "x", "--add-contact", "Ani 0812 555"], in: registry)
      })
    defer { folder.remove() }
    let merge = try Self.merge(folder)
    #expect(merge.status == 0, "\(merge.output)\(merge.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    let x = try #require(store.registry.services[RegistryBuilder.id("x")])
    #expect(x.owner == "pusat/a")
    #expect(x.contacts.map(\.description) == ["Budi <budi@x.id>", "Ani 0812 555"])
  }

  @Test func oneFieldChangedDifferentlyOnBothSidesIsAConflictSaidPlainly() throws {
    let folder = try Self.branches(
      driver: true,
      one: { try Self.svcreg(["update", "x", "--name", "Left", "--add-tag", "left"], in: $0) },
      two: { try Self.svcreg(["update", "x", "--name", "Right", "--add-tag", "right"], in: $0) })
    defer { folder.remove() }
    let merge = try Self.merge(folder)
    #expect(merge.status != 0)
    #expect(
      (merge.output + merge.errorOutput).contains(
        "services/pusat/a/x.toml: both sides changed name (\"Left\" / \"Right\")"))
    let text = try folder.read("services/pusat/a/x.toml")
    #expect(
      text.hasPrefix(
        "<<<<<<< ours (services/pusat/a/x.toml)\nname = \"Left\"\n=======\nname = \"Right\"\n"
          + ">>>>>>> theirs (services/pusat/a/x.toml)\n"))
    // Everything else is merged: both tags are in, below the conflict.
    #expect(text.contains("tags = [\"left\", \"right\", \"t\"]"))
    // Until the conflict is resolved, the file is broken, not silently half-read.
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.brokenFiles.map(\.relativePath) == ["services/pusat/a/x.toml"])
  }

  @Test func unitsAddedOnBothSidesMerge() throws {
    let folder = try Self.branches(
      driver: true,
      one: { try Self.svcreg(["add-unit", "pusat/b", "--name", "B"], in: $0) },
      two: {
        try Self.svcreg(["add-unit", "pusat/c", "--name", "C", "--level", "provincial"], in: $0)
      })
    defer { folder.remove() }
    let merge = try Self.merge(folder)
    #expect(merge.status == 0, "\(merge.output)\(merge.errorOutput)")
    let store = try RegistryStore.open(at: folder.path)
    #expect(store.brokenFiles.isEmpty)
    #expect(
      store.registry.units.keys.map(\.description).sorted() == ["pusat/a", "pusat/b", "pusat/c"])
  }
}
