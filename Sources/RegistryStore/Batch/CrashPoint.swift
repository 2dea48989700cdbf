#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Named points inside a batch commit where the fault-injection tests kill the process, chosen
/// with `SVCREG_CRASH_AT=<point>` (for `applied`, `SVCREG_CRASH_AT=applied:<count>`).
///
/// Reading the environment is the only state; a normal run never sets it, and then every check
/// is one comparison.
enum CrashPoint: String {
  /// The redo log is written and synced but not yet renamed into place: the batch did not happen.
  case logWritten = "log-written"
  /// The redo log is in place: the batch has happened, though no file shows it yet.
  case committed
  /// Some of the changes are applied.
  case applied
  /// Every change is applied and synced; the redo log is not yet removed.
  case synced

  private static let requested: (point: String, count: Int)? = {
    guard let raw = getenv("SVCREG_CRASH_AT") else { return nil }
    let text = String(cString: raw)
    let parts = text.split(separator: ":")
    return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
  }()

  /// Kills the process with SIGKILL when this point (after `count` changes) was requested.
  func reach(count: Int = 0) {
    guard let requested = CrashPoint.requested, requested.point == rawValue,
      requested.count == count
    else { return }
    kill(getpid(), SIGKILL)
  }
}
