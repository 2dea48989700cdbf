#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Named points inside a batch commit where the fault-injection tests kill the process or make
/// a write fail: `SVCREG_CRASH_AT=<point>` sends SIGKILL there, `SVCREG_FAIL_AT=<point>` fails
/// as a full disk would (for `applied`, `<point>` is `applied:<count>`).
///
/// Only debug builds read the environment: a release build never crashes or fails on purpose,
/// whatever its environment says.
enum CrashPoint: String {
  /// The redo log is written and synced but not yet renamed into place: the batch did not happen.
  case logWritten = "log-written"
  /// The redo log is in place: the batch has happened, though no file shows it yet.
  case committed
  /// Some of the changes are applied.
  case applied
  /// Every change is applied and synced; the redo log is not yet removed.
  case synced

  #if DEBUG
    private static let crash = request("SVCREG_CRASH_AT")
    private static let failure = request("SVCREG_FAIL_AT")

    private static func request(_ name: String) -> (point: String, count: Int)? {
      guard let raw = getenv(name) else { return nil }
      let parts = String(cString: raw).split(separator: ":")
      guard let point = parts.first else { return nil }
      return (String(point), parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }
  #endif

  /// Kills the process with SIGKILL, or fails as a full disk would, when this point (after
  /// `count` changes) was requested.
  func reach(count: Int = 0) throws(StoreError) {
    #if DEBUG
      if let crash = CrashPoint.crash, crash.point == rawValue, crash.count == count {
        kill(getpid(), SIGKILL)
      }
      if let failure = CrashPoint.failure, failure.point == rawValue, failure.count == count {
        throw .io(path: "(injected at \(rawValue))", operation: "write", errno: ENOSPC)
      }
    #endif
  }
}
