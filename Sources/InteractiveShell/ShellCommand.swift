#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A command of the system shell (`/bin/sh -c`) reading what svcreg writes on its standard
/// input, its own output going to the terminal: the right side of `| COMMAND`, or the pager.
struct ShellCommand {
  /// The child's process id.
  private let process: pid_t
  /// The end of the pipe svcreg writes to; -1 once closed.
  private(set) var input: Int32

  /// Starts `/bin/sh -c command`; `nil` with the reason when it cannot start.
  static func start(_ command: String) -> Result<ShellCommand, ShellOutputError> {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return .failure(.cannotStart(command, errno)) }
    // The write end is the parent's alone; the child must not inherit it, or it never sees
    // the end of its input.
    _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
    posix_spawn_file_actions_addclose(&actions, ends[0])
    var process: pid_t = 0
    let arguments = ["sh", "-c", command]
    var pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    let status = posix_spawn(&process, "/bin/sh", &actions, nil, &pointers, environ)
    close(ends[0])
    guard status == 0 else {
      close(ends[1])
      return .failure(.cannotStart(command, status))
    }
    return .success(ShellCommand(process: process, input: ends[1]))
  }

  /// Closes the child's input and waits for it to end; returns its exit status.
  @discardableResult
  mutating func finish() -> Int32 {
    if input >= 0 {
      close(input)
      input = -1
    }
    var status: Int32 = 0
    while waitpid(process, &status, 0) < 0 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }
}
