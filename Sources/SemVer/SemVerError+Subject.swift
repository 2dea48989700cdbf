extension SemVerError {
  /// The kind of text that failed to parse, named in the error message.
  public enum Subject: String, Sendable, Hashable {
    /// A single version, such as `1.2.3`.
    case version

    /// A range, such as `^1.2 || >=2.0.0 <3`.
    case range
  }
}
