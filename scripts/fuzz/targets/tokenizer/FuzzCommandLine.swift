// libFuzzer harness: command lines as the shell, scripts and one-shot commands see them.
//
// The input is one line (after lossy UTF-8 decoding): `Tokenizer.split`, `splitPartial`,
// `continues`, and, when it splits, `InvocationParser` against `CommandTable.standard`,
// rendering any error message. Each line of a multi-line input also goes through `continues`
// and `split`, as `svcreg run` reads scripts.

import CommandLanguage

private let parser = InvocationParser(table: .standard)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  _ = Tokenizer.continues(Substring(line))
  let partial = Tokenizer.splitPartial(line)
  _ = partial.words.count + partial.current.count
  parse(line)
  if line.contains("\n") {
    for piece in line.split(separator: "\n", omittingEmptySubsequences: false) {
      _ = Tokenizer.continues(piece)
      parse(String(piece))
    }
  }
  return 0
}

private func parse(_ line: String) {
  do {
    let tokens = try Tokenizer.split(line)
    let invocation = try parser.parse(tokens)
    _ = invocation.arguments.count
  } catch {
    _ = "\(error)".count
  }
}
