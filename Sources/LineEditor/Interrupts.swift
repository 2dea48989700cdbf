import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The process's record of Ctrl-C presses while a command runs, so long commands can stop early.
public enum Interrupts {
  // The one global of the module: a signal handler can reach nothing else.
  private static let requested = Atomic<Bool>(false)

  /// Makes SIGINT set the request flag instead of ending the process.
  public static func install() {
    // Touch the lazily initialised flag now, so the handler never runs its initialiser.
    _ = requested.load(ordering: .relaxed)
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        Interrupts.requested.store(true, ordering: .relaxed)
      }
    #else
      action.__sigaction_u.__sa_handler = { _ in
        Interrupts.requested.store(true, ordering: .relaxed)
      }
    #endif
    sigemptyset(&action.sa_mask)
    // Restarting system calls keeps a Ctrl-C from turning file reads into spurious errors.
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the flag was last cleared.
  public static var isRequested: Bool { requested.load(ordering: .acquiring) }

  /// Returns whether Ctrl-C was pressed since the last call, and clears the flag.
  public static func takeRequested() -> Bool {
    requested.exchange(false, ordering: .acquiringAndReleasing)
  }
}
