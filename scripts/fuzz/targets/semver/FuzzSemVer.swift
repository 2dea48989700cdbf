// libFuzzer harness: npm-style versions and ranges.
//
// Input: `RANGE` or `RANGE\nVERSION` (lossy UTF-8); a range starting with `!` is parsed with
// `includePrerelease`. Parses both, matches the version against the range, and checks what
// the sources promise, trapping when it fails:
//   - a version's `description` parses back to an `==` version;
//   - a range's `description` (node-semver's canonical form) parses back to a range with the
//     same `description`, which contains the same versions.

import SemVer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var rangeText = Substring(text)
  var versionText: Substring?
  if let newline = text.firstIndex(of: "\n") {
    rangeText = text[..<newline]
    versionText = text[text.index(after: newline)...]
  }
  let includePrerelease = rangeText.hasPrefix("!")
  if includePrerelease { rangeText = rangeText.dropFirst() }

  // Each half also parses as the other kind, so a one-part input exercises both parsers.
  let version =
    versionText.flatMap { try? Version(parsing: $0) } ?? (try? Version(parsing: rangeText))
  if let version {
    let again = try? Version(parsing: version.description)
    precondition(
      again == version, "version \(version) does not parse back: \(String(describing: again))")
    _ = version < version
  }

  let range: VersionRange
  do {
    range = try VersionRange(parsing: rangeText, includePrerelease: includePrerelease)
  } catch {
    _ = error.description.count
    return 0
  }
  let canonical = range.description
  let reparsed: VersionRange
  do {
    reparsed = try VersionRange(parsing: canonical, includePrerelease: includePrerelease)
  } catch {
    fatalError("range '\(rangeText)' prints '\(canonical)', which does not parse: \(error)")
  }
  precondition(
    reparsed.description == canonical,
    "range '\(rangeText)' prints '\(canonical)', which prints '\(reparsed.description)'")
  if let version {
    let matches = range.contains(version)
    precondition(
      matches == reparsed.contains(version),
      "'\(rangeText)' and its canonical form '\(canonical)' disagree on \(version)")
    _ = range.highestMatch(in: [version])
  }
  return 0
}
