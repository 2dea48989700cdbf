import CommandLanguage
import Foundation
import TestSupport
import Testing

/// `status` and `diff --batch`: what an open batch holds before it is committed.
@Suite struct BatchStatusTests {
  @Test func statusListsTheBatchAndDiffShowsWhatCommitWouldWrite() throws {
    var (folder, session) = try WayBackTests.session()
    defer { folder.remove() }
    #expect(session.execute(line: "status").output.hasPrefix("no batch open"))
    #expect(session.execute(line: "diff --batch").exitStatus == 1)
    _ = session.execute(line: "begin")
    _ = session.execute(line: "register portal --name Portal --unit pusat/setjen")
    _ = session.execute(line: "link portal sso --range ^9")
    _ = session.execute(line: "retire draft")
    let status = session.execute(line: "status")
    #expect(status.exitStatus == 0, "\(status.errorOutput)")
    #expect(status.output.contains("batch open: 3 changes, nothing written yet"))
    #expect(status.output.contains("   2  link portal sso --range ^9\n"), "\(status.output)")
    #expect(status.output.contains("commit would write 2 service files"))
    let diff = session.execute(line: "diff --batch")
    #expect(diff.exitStatus == 0, "\(diff.errorOutput)")
    #expect(diff.output.hasPrefix("files → open batch: services: 1 added, 1 changed"))
    #expect(diff.output.contains("+ portal"))
    #expect(diff.output.contains("lifecycle planned → retired"))
    #expect(diff.output.contains("[unsatisfiable] portal needs sso ^9"))
    // Nothing was written meanwhile.
    #expect(
      !FileManager.default.fileExists(atPath: folder.file("services/pusat/setjen/portal.toml")))
  }
}
