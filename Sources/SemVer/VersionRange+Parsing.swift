extension VersionRange {
  /// Parses an npm range in node-semver's strict mode, such as `^1.2 || >=2.0.0 <3`.
  ///
  /// Accepted: `||` between alternatives; space-separated comparators; `<`, `<=`, `>`, `>=`,
  /// `=`, `~`, `~>` and `^`, optionally followed by whitespace; partial versions and the
  /// wildcards `x`, `X` and `*`; hyphen ranges `1.2.3 - 2.0.0`; prereleases; build metadata,
  /// which is ignored; and the empty string, meaning any version. Loose-only forms such as
  /// `1.2.3beta` are rejected. With `includePrerelease`, prerelease versions match ordinary
  /// comparators and bounds are desugared as node does with that option.
  ///
  /// - Complexity: O(n) in the length of `text`, scanning its UTF-8 bytes once.
  public init(parsing text: some StringProtocol, includePrerelease: Bool = false)
    throws(SemVerError)
  {
    typealias Parsed = (alternatives: [[Comparator]], source: String)
    let result: Result<Parsed, SemVerError> = text.withUTF8Buffer { bytes in
      var parser = RangeParser(bytes, includePrerelease: includePrerelease)
      do throws(ParseFailure) {
        let alternatives = try parser.parse()
        let bounds = parser.trimmedBounds
        let source =
          bounds.count == bytes.count ? String(text) : parser.scanner.text(bounds)
        return .success((alternatives, source))
      } catch {
        return .failure(SemVerError(error, subject: .range, bytes: bytes))
      }
    }
    let parsed = try result.get()
    self.init(
      alternatives: parsed.alternatives,
      includePrerelease: includePrerelease,
      source: parsed.source
    )
  }
}
