#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a script's lines come from: a file or text read whole, or a stream (a pipe) read a
/// line at a time, so that each command runs as soon as its line arrives.
///
/// Lines end at `\n` whatever the text around it (a Windows `\r\n` ends a line too, its `\r`
/// dropped), and a line that is not UTF-8 is an error naming its line and column.
public struct ScriptSource {
  /// The name errors give, such as `setup.svc` or `<stdin>`.
  public let name: String
  private var reader: LineReader

  private enum LineReader {
    case bytes([UInt8], position: Int)
    case stream(UnsafeMutablePointer<FILE>)
  }

  private var lineNumber = 0

  /// A script given as text.
  public init(text: String, named name: String) {
    self.name = name
    reader = .bytes(Array(text.utf8), position: 0)
  }

  /// A script read whole from `file`; an unreadable file or a folder is an error.
  public init(file: String) throws(CommandError) {
    name = file
    reader = .bytes(try Session.readFile(file), position: 0)
  }

  /// Standard input, read a line at a time as it arrives.
  public static func standardInput() -> ScriptSource {
    // A stream of its own on descriptor 0: the C library's `stdin` is a global Swift cannot
    // prove safe, and nothing else reads it.
    ScriptSource(
      name: "<stdin>", reader: fdopen(0, "r").map { .stream($0) } ?? .bytes([], position: 0))
  }

  private init(name: String, reader: LineReader) {
    self.name = name
    self.reader = reader
  }

  /// The next physical line with its 1-based number, without its line ending; `nil` at the
  /// end. Throws a located error for a line that is not UTF-8 (the line is consumed).
  mutating func nextLine() throws(CommandError) -> (number: Int, text: String)? {
    guard var bytes = readLine() else { return nil }
    lineNumber += 1
    if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let column = ScriptSource.columnOfInvalidUTF8(in: bytes)
      throw .script(
        file: name, line: lineNumber,
        underlying: .init(.failed("column \(column): not valid UTF-8 text; save the file as UTF-8"))
      )
    }
    return (lineNumber, text)
  }

  private mutating func readLine() -> [UInt8]? {
    switch reader {
    case .bytes(let bytes, let position):
      guard position < bytes.count else { return nil }
      let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      reader = .bytes(bytes, position: end + 1)
      return Array(bytes[position..<end])
    case .stream(let handle):
      var line: UnsafeMutablePointer<CChar>? = nil
      var capacity = 0
      defer { free(line) }
      let count = getline(&line, &capacity, handle)
      guard count >= 0, let line else { return nil }
      var bytes = UnsafeRawBufferPointer(start: line, count: count).map { $0 }
      if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
      return bytes
    }
  }

  /// The 1-based column, in Unicode scalars, of the first byte that is not valid UTF-8.
  static func columnOfInvalidUTF8(in bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var scalars = 0
    while case .scalarValue = decoder.decode(&iterator) { scalars += 1 }
    return scalars + 1
  }
}
