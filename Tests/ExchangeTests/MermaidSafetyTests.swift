import Exchange
import RegistryModel
import TestSupport
import Testing

/// Mermaid has no tool in the test suite, so its safety is checked directly: every label is
/// one quoted string holding nothing that could end it, open a tag or start a directive, and
/// decodes back to the text it came from.
@Suite struct MermaidSafetyTests {
  let text = String(
    decoding: MermaidExporter().export(try! ExportSelection(registry: ConsumerTests.registry)),
    as: UTF8.self)

  /// The quoted labels of the document, in order.
  var labels: [String] {
    text.split(separator: "\n").flatMap { line -> [String] in
      let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
      // Quotes only ever open and close labels, so labels are the odd parts.
      return parts.enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
  }

  @Test func everyLineHasBalancedQuotesAndGeneratedIDs() {
    for line in text.split(separator: "\n") {
      #expect(line.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
      let words = line.split(separator: " ")
      if let first = words.first,
        !["flowchart", "subgraph", "end", "linkStyle", "classDef"]
          .contains(String(first))
      {
        #expect(first.first == "n" || first.first == "x", "\(line)")
      }
    }
  }

  @Test func labelsHoldOnlyEntityCodesAndLineBreaks() {
    for label in labels {
      let withoutBreaks = label.replacingOccurrences(of: "<br/>", with: "")
      for forbidden in ["\"", "%", "`", "{", "}", "|", "&", "<", ">", "\n", "\r"] {
        #expect(!withoutBreaks.contains(forbidden), "\(forbidden) in \(label)")
      }
      var rest = Substring(withoutBreaks)
      while let hash = rest.firstIndex(of: "#") {
        let code = rest[hash...].prefix { $0 != ";" }
        #expect(
          code.dropFirst().allSatisfy { $0.isLetter || $0.isNumber } && code.count > 1,
          "a '#' that is not an entity code in \(label)")
        rest = rest[rest.index(hash, offsetBy: code.count)...].dropFirst()
      }
    }
  }

  @Test func labelsDecodeBackToTheNames() {
    let decoded = labels.map(Self.decode)
    for service in ConsumerTests.registry.services.values {
      let name = String(
        String.UnicodeScalarView(
          service.name.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\n"
          }))
      #expect(decoded.contains(name + "\n" + service.id.rawValue), "\(service.id)")
    }
  }

  private static func decode(_ label: String) -> String {
    let named = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">"]
    var out = ""
    var rest = Substring(label.replacingOccurrences(of: "<br/>", with: "\n"))
    while let hash = rest.firstIndex(of: "#"), let end = rest[hash...].firstIndex(of: ";") {
      out += rest[..<hash]
      let code = String(rest[rest.index(after: hash)..<end])
      out += named[code] ?? UInt32(code).flatMap(Unicode.Scalar.init).map(String.init) ?? ""
      rest = rest[rest.index(after: end)...]
    }
    return out + rest
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
