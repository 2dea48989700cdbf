#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The user's text editor, run on one file with the terminal, as git runs it for a commit
/// message: the command goes to `/bin/sh`, so `code --wait` or `nano -w` work as written.
struct TextEditor {
  /// The command, such as `vim` or `code --wait`.
  var command: String

  /// The editor `options` name, else `vi`.
  init(_ command: String?) {
    self.command = command ?? "vi"
  }

  /// Runs the editor on `path` and waits for it; fails when it cannot start or ends with a
  /// status other than 0.
  func edit(_ path: String) throws(CommandError) {
    // The path is the shell's "$1", never part of the command text, so no quoting can break.
    let arguments = ["sh", "-c", "\(command) \"$1\"", "svcreg-edit", path]
    var pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    var process: pid_t = 0
    let started = posix_spawn(&process, "/bin/sh", nil, nil, &pointers, environ)
    guard started == 0 else {
      throw .failed("cannot start the editor '\(command)': \(String(cString: strerror(started)))")
    }
    var status: Int32 = 0
    while waitpid(process, &status, 0) < 0 && errno == EINTR {}
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    guard code == 0 else {
      throw .failed(
        "the editor '\(command)' ended with status \(code)"
          + (code == 127 ? " (not found: set VISUAL or EDITOR)" : ""))
    }
  }
}
