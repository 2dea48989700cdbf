import Foundation

/// Where the package's built executables are, for tests that run them as a user would.
public enum BuiltProducts {
  /// The folder that holds the test bundle and, beside it, the built executables.
  public static let folder: URL = {
    // The test runner is `<products>/svcregPackageTests.xctest` (Linux: an executable inside it
    // or beside it); the executables sit in `<products>`.
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("svcreg").path) {
        return url
      }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug").standardizedFileURL
  }()

  /// The built `svcreg` executable.
  public static var svcreg: URL { folder.appendingPathComponent("svcreg") }
}
