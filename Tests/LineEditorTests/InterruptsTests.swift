import LineEditor
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Interrupts")
struct InterruptsTests {
  @Test("SIGINT sets the flag instead of ending the process, and taking it clears it")
  func signal() {
    Interrupts.install()
    _ = Interrupts.takeRequested()
    // The test runner's threads may block SIGINT; this thread must take it, as the shell's does.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    var previous = sigset_t()
    pthread_sigmask(SIG_UNBLOCK, &set, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    raise(SIGINT)
    #expect(Interrupts.isRequested)
    #expect(Interrupts.takeRequested())
    #expect(!Interrupts.takeRequested())
    #expect(!Interrupts.isRequested)
  }
}
