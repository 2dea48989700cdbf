/// Why a version or range could not be parsed, and where.
public struct SemVerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Whether a version or a range was being parsed.
  public var subject: Subject

  /// The text that was parsed, exactly as given.
  public var input: String

  /// The 1-based column, in characters of ``input``, where the problem is.
  public var column: Int

  /// What is wrong and what would be allowed there.
  public var reason: String

  /// Makes an error for `input` with the problem at `column`.
  public init(subject: Subject, input: String, column: Int, reason: String) {
    self.subject = subject
    self.input = input
    self.column = column
    self.reason = reason
  }

  /// A one-line message, such as
  /// `invalid version '1.2': expected '.' and a patch number at column 4`.
  public var description: String {
    "invalid \(subject.rawValue) '\(input)': \(reason) at column \(column)"
  }

  /// Locates `failure` in `bytes`, the UTF-8 of the text that failed to parse.
  init(_ failure: ParseFailure, subject: Subject, bytes: UnsafeBufferPointer<UInt8>) {
    let offset = min(failure.offset, bytes.count)
    let before = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self)
    self.init(
      subject: subject,
      input: String(decoding: bytes, as: UTF8.self),
      column: before.count + 1,
      reason: failure.reason
    )
  }
}
