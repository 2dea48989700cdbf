import DependencyGraph

/// `check --format sarif`: the findings as a SARIF 2.1.0 log, which code review tools (GitHub
/// code scanning, GitLab, sarif-tools) read to annotate the lines of a pull request.
extension FindingsReport {
  /// The SARIF log of these findings, placed by `locations`.
  func sarifLog(_ locations: SARIFLocations) -> JSONValue {
    let codes = FindingCode.allCases
    let rules = codes.map { code in
      JSONValue.object([
        ("id", .string(code.rawValue)),
        ("shortDescription", .object([("text", .string(code.summary))])),
        ("defaultConfiguration", .object([("level", .string(sarifLevel(code.severity)))])),
      ])
    }
    let results = zip(findings, locations.places).map { finding, place in
      var pairs: [(String, JSONValue)] = [
        ("ruleId", .string(finding.code.rawValue)),
        ("ruleIndex", .int(codes.firstIndex(of: finding.code)!)),
        ("level", .string(sarifLevel(finding.severity))),
        ("message", .object([("text", .string(finding.message))])),
      ]
      if let primary = place.primary {
        pairs.append(("locations", .array([physicalLocation(primary)])))
      }
      if !place.related.isEmpty {
        pairs.append(("relatedLocations", .array(place.related.map(physicalLocation))))
      }
      // The same finding keeps its fingerprint from run to run, so that tools track it.
      let identity =
        ([finding.code.rawValue] + finding.services.map(\.rawValue)
        + (finding.link.map { [$0.from.rawValue, $0.to.rawValue] } ?? [])).joined(separator: "/")
      pairs.append(
        ("partialFingerprints", .object([("svcregFinding/v1", .string(identity))])))
      return JSONValue.object(pairs)
    }
    return .object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("svcreg")),
                    ("rules", .array(rules)),
                  ])
                )
              ])
            ),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
  }

  private func sarifLevel(_ severity: Severity) -> String {
    severity == .error ? "error" : "warning"
  }

  private func physicalLocation(_ place: SARIFLocations.Place) -> JSONValue {
    var location: [(String, JSONValue)] = [
      ("artifactLocation", .object([("uri", .string(uriEncoded(place.path)))]))
    ]
    if place.line > 0 {
      var region: [(String, JSONValue)] = [("startLine", .int(place.line))]
      if place.column > 0 { region.append(("startColumn", .int(place.column))) }
      location.append(("region", .object(region)))
    }
    return .object([("physicalLocation", .object(location))])
  }

  /// `path` as a relative URI: every byte outside the unreserved set and `/` percent-encoded.
  private func uriEncoded(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return result
  }
}
