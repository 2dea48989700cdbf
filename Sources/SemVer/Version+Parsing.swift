extension Version {
  /// Parses a strict semantic version 2.0.0, such as `1.2.3-rc.1+build.5`.
  ///
  /// This accepts what node-semver's strict `new SemVer(text)` accepts: surrounding whitespace
  /// and one leading `v` are allowed; numbers may not exceed 9007199254740991 and the text may
  /// not exceed 256 characters. Loose-mode forms such as `=1.2.3` or `1.2.3beta` are rejected.
  ///
  /// - Complexity: O(n) in the length of `text`, scanning its UTF-8 bytes once.
  public init(parsing text: some StringProtocol) throws(SemVerError) {
    let result: Result<Version, SemVerError> = text.withUTF8Buffer { bytes in
      var scanner = ByteScanner(bytes)
      do throws(ParseFailure) {
        return .success(try scanner.scanVersion())
      } catch {
        return .failure(SemVerError(error, subject: .version, bytes: bytes))
      }
    }
    self = try result.get()
  }
}
