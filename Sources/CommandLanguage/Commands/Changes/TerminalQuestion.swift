#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A yes-or-no question asked on the terminal: the question on standard error, the answer read
/// from standard input a byte at a time, so nothing after the line is consumed.
enum TerminalQuestion {
  /// Whether the user answered yes to `question`; an empty answer is `defaultAnswer`, and the
  /// end of input is no.
  static func ask(_ question: String, defaultAnswer: Bool) -> Bool {
    let prompt = question + (defaultAnswer ? " [Y/n] " : " [y/N] ")
    _ = prompt.utf8CString.withUnsafeBufferPointer { buffer in
      write(2, buffer.baseAddress, buffer.count - 1)
    }
    var answer: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = read(0, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return false }
      if byte == UInt8(ascii: "\n") { break }
      answer.append(byte)
    }
    let word = String(decoding: answer, as: UTF8.self).lowercased().filter { !$0.isWhitespace }
    if word.isEmpty { return defaultAnswer }
    return ["y", "yes", "ya"].contains(word)
  }
}
